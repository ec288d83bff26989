using AwarenessBot.Content.Matching;
using AwarenessBot.Dialogs;

namespace AwarenessBot.Routing;

/// <summary>An answer a prompt cannot read is a new question when it clearly matches a topic.</summary>
public sealed class TopicInterruption(TopicMatcher matcher, MatchThresholds thresholds) : IInterruptionDetector
{
    public bool IsInterruption(string text) => matcher.Match(text, thresholds).Verdict == MatchVerdict.Confident;
}
