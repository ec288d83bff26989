using System.Text.RegularExpressions;
using AwarenessBot.Safety.Cleaning;
using AwarenessBot.Text;

namespace AwarenessBot.Safety.Understanding;

/// <summary>
/// The one understanding step of a turn: cleans the text, guesses its language and embeds it.
/// Without a model, or when the model fails on a message, the result simply has no embedding:
/// every signal that does not need one still works, and the emergency response never needs one.
/// </summary>
public sealed partial class MessageUnderstander(IEmbeddingModel? model, Action<Exception>? onModelError = null)
{
    /// <summary>The model reads about 256 word pieces; longer text is cut (the rules still read all of it).</summary>
    private const int MaxChunkLength = 600;
    private const int MaxSentences = 8;
    private const int MinSentenceWords = 3;

    public bool HasModel => model is not null;

    /// <summary>
    /// Understands a message. <paramref name="skipEmbedding"/>: its meaning is already known (the exact title of a
    /// button the bot offered, or a message the crisis rules answer), so the model's few milliseconds are saved.
    /// </summary>
    public UnderstoodMessage Understand(string? text, bool skipEmbedding = false, CancellationToken cancellationToken = default)
    {
        var cleaned = MessageCleaner.Clean(text);
        var language = LanguageGuesser.Guess(cleaned);
        if (model is null || skipEmbedding || !cleaned.Any(char.IsLetter)) return new(cleaned, language, null, []);
        var chunks = Chunks(cleaned);
        try
        {
            var vectors = model.Embed(chunks, cancellationToken);
            return new(cleaned, language, vectors[0], vectors.Skip(1).ToList());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            onModelError?.Invoke(e);
            return new(cleaned, language, null, []);
        }
    }

    /// <summary>The whole message, then (for a message of several sentences) each sentence worth embedding.</summary>
    private static List<string> Chunks(string text)
    {
        var chunks = new List<string> { Cut(text) };
        var sentences = SentenceEnd().Split(text)
            .Select(s => s.Trim())
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinSentenceWords)
            .ToList();
        if (sentences.Count > 1) chunks.AddRange(sentences.Take(MaxSentences).Select(Cut));
        return chunks;
    }

    private static string Cut(string text) => text.Length <= MaxChunkLength ? text : text[..MaxChunkLength];

    [GeneratedRegex(@"(?<=[.!?\n])\s+|\n+")]
    private static partial Regex SentenceEnd();
}
