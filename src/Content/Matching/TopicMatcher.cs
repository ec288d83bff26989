using AwarenessBot.Content.Model;
using AwarenessBot.Safety.Cleaning;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Text;

namespace AwarenessBot.Content.Matching;

/// <summary>
/// Finds the topic a question is about by ranking topics on the lexical score (<see cref="LexicalScorer"/>)
/// and the semantic similarity (<see cref="SemanticScorer"/>) together. Both keep their order
/// information: the lexical score is squashed smoothly into 0..1, never clipped, so two topics
/// never tie at a ceiling. Without an embedding (no model, a button) the lexical score decides alone.
/// Built once per content set; matching is pure and thread-safe.
/// </summary>
public sealed class TopicMatcher
{
    private const int Reported = 5;

    private readonly LexicalScorer _lexical;
    private readonly SemanticScorer? _semantic;
    private readonly IEmbeddingModel? _model;

    public TopicMatcher(IEnumerable<Topic> topics, Synonyms? synonyms = null, IEmbeddingModel? model = null)
    {
        var list = topics.ToList();
        _lexical = new LexicalScorer(list, synonyms);
        _model = model;
        if (model is not null) _semantic = new SemanticScorer(list, model);
    }

    public bool IsHybrid => _semantic is not null;

    /// <summary>Matches a message understood earlier in the turn (its embedding computed once).</summary>
    public MatchResult Match(UnderstoodMessage message, MatchThresholds? thresholds = null) =>
        Rank(Score(message.Text, message.Embedding), thresholds ?? MatchThresholds.Default);

    /// <summary>Matches text on its own (the admins' tools): embeds it here if the model is there.</summary>
    public MatchResult Match(string? question, MatchThresholds? thresholds = null) =>
        Rank(Score(question), thresholds ?? MatchThresholds.Default);

    /// <summary>
    /// Both halves' scores for a question, cleaned and embedded here as the bot's understanding step does
    /// (so the admins' tools see what the bot sees); rank them with <see cref="Rank"/>.
    /// </summary>
    public TopicScores Score(string? question)
    {
        var text = MessageCleaner.Clean(question);
        return Score(text, _model is not null && text.Length > 0 ? _model.Embed([text])[0] : null);
    }

    /// <summary>A word or two ("csec", "trafficing") embeds close to anything, typos even more so: there the words decide alone.</summary>
    private const int MinWordsForMeaning = 3;

    public TopicScores Score(string? text, float[]? embedding)
    {
        var meaningful = embedding is not null && _semantic is not null && TextNormalizer.Words(text).Count >= MinWordsForMeaning;
        return new(_lexical.Score(text), meaningful ? _semantic!.Score(embedding!) : null);
    }

    /// <summary>Combines both halves per topic and decides: an answer, a "Did you mean", or nothing.</summary>
    public static MatchResult Rank(TopicScores scores, MatchThresholds thresholds)
    {
        var combined = new Dictionary<string, double>();
        foreach (var topicId in scores.Lexical.Keys.Concat(scores.Semantic?.Keys ?? []).Distinct())
            combined[topicId] = thresholds.Combine(scores.Lexical.GetValueOrDefault(topicId), scores.Semantic?.GetValueOrDefault(topicId));
        var ranked = combined.Where(s => s.Value > 0)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(Reported)
            .Select(s => new TopicScore(s.Key, Math.Round(s.Value, 4)))
            .ToList();
        return new(thresholds.Decide(ranked), ranked);
    }
}

/// <summary>A question's score per topic from each half of matching (no semantic half without an embedding).</summary>
public sealed record TopicScores(IReadOnlyDictionary<string, double> Lexical, IReadOnlyDictionary<string, double>? Semantic);
