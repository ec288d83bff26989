using Newtonsoft.Json.Linq;

namespace AwarenessBot.Dialogs;

/// <summary>
/// Values a waterfall keeps between its steps, stored as JSON in the dialog's state. Typed
/// reads convert whatever storage hands back (an int saved is an int read, not a long).
/// </summary>
public sealed class StepValues(JObject store)
{
    public T? Get<T>(string key) => store.TryGetValue(key, out var token) && token.Type != JTokenType.Null ? token.ToObject<T>() : default;

    public void Set<T>(string key, T value) => store[key] = value is null ? JValue.CreateNull() : JToken.FromObject(value);

    public void Remove(string key) => store.Remove(key);
}
