namespace AwarenessBot.Content.Model;

/// <summary>Who a part of a topic is written for, and who the user is (All: not known yet).</summary>
public enum Audience
{
    /// <summary>Everyone; also "not known yet" for a user.</summary>
    All,
    Staff,
    Student,
}
