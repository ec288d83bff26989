using AwarenessBot.Text;

namespace AwarenessBot.Safety.Understanding;

/// <summary>
/// A message understood once per turn, shared by crisis detection and topic matching: the
/// cleaned text (markup and disguises undone), its language, and its sentence embedding
/// (null for a button click, or when the model is not available). A long message also
/// carries one embedding per sentence, so one crisis sentence in a long message still counts.
/// Never stored: it lives for one turn.
/// </summary>
public sealed record UnderstoodMessage(string Text, Language Language, float[]? Embedding, IReadOnlyList<float[]> SentenceEmbeddings)
{
    public static readonly UnderstoodMessage Empty = new("", Language.English, null, []);

    public bool HasEmbedding => Embedding is not null;

    /// <summary>The whole message's vector, then each sentence's.</summary>
    public IEnumerable<float[]> AllEmbeddings => Embedding is null ? [] : SentenceEmbeddings.Prepend(Embedding);
}
