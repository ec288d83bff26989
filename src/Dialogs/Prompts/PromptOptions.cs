using Newtonsoft.Json;

namespace AwarenessBot.Dialogs;

/// <summary>What a prompt says and accepts. Plain data, so it round-trips through dialog state.</summary>
public sealed class PromptOptions
{
    [JsonProperty("prompt")] public string? Prompt { get; set; }
    [JsonProperty("retryPrompt")] public string? RetryPrompt { get; set; }
    [JsonProperty("choices")] public List<Choice> Choices { get; set; } = [];

    /// <summary>
    /// How many times a very short unreadable reply ("k", "?") is asked again before the prompt gives up
    /// with <see cref="UnrecognizedInput"/>; null asks again for ever. Longer text is never asked again:
    /// it is handed back at once as a new message.
    /// </summary>
    [JsonProperty("maxRetries")] public int? MaxRetries { get; set; }
}

/// <summary>One option of a choice prompt. <see cref="Synonyms"/> are other words that pick it.</summary>
public sealed class Choice
{
    public Choice() { }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = [.. synonyms];
    }

    [JsonProperty("value")] public string Value { get; set; } = "";
    [JsonProperty("synonyms")] public List<string> Synonyms { get; set; } = [];
}

/// <summary>The choice the user picked: its value and position.</summary>
public sealed record FoundChoice(string Value, int Index, double Score);
