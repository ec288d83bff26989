using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Dialogs;

/// <summary>The dialog stack of one conversation, kept in ConversationState. Index 0 is the top (the SDK's order).</summary>
public sealed class DialogState
{
    [JsonProperty("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; } = [];
}

/// <summary>
/// One running dialog. Its state is a JObject rather than a dictionary of objects, so numbers,
/// lists and nested values come back from storage exactly as they went in.
/// </summary>
public sealed class DialogInstance
{
    [JsonProperty("id")]
    public string Id { get; set; } = "";

    [JsonProperty("state")]
    public JObject State { get; set; } = [];
}
