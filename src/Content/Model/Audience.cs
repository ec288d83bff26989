namespace AwarenessBot.Content.Model;

/// <summary>Who a topic, or a part of it, is written for.</summary>
public enum Audience
{
    /// <summary>Everyone; also "not known yet" for a user.</summary>
    All,
    Staff,
    Student,
}

public static class AudienceNames
{
    public static bool TryParse(string? value, out Audience audience)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "all": case "everyone": audience = Audience.All; return true;
            case "staff": audience = Audience.Staff; return true;
            case "student": case "students": audience = Audience.Student; return true;
            default: audience = Audience.All; return false;
        }
    }
}
