using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Safety.Turn;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Routing;

public static class ContentProviderExtensions
{
    /// <summary>The content in this turn's language.</summary>
    public static ContentSet For(this IContentProvider provider, ITurnContext turnContext) =>
        provider.For(TurnLanguage.Of(turnContext));
}
