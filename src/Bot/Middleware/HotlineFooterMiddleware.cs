using AwarenessBot.Safety;
using AwarenessBot.Safety.Turn;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AwarenessBot.Middleware;

/// <summary>
/// Makes sure every turn shows the hotline, once (docs/architecture.md, "Safety"): the turn's messages
/// are held until the turn ends and then sent in order, the last one carrying a short footer that
/// names the hotline unless it already shows it. Under every bubble it would turn into noise;
/// dialogs cannot forget it because they do not own it. Typing and other activities pass at once.
/// Held messages go out even when the turn fails, before the error reply.
/// </summary>
public sealed class HotlineFooterMiddleware : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var held = new List<Activity>();
        var holding = true;
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            if (!holding || !activities.All(a => a.Type is ActivityTypes.Message or ActivityTypes.Trace)) return await nextSend().ConfigureAwait(false);
            held.AddRange(activities);
            return activities.Select(_ => new ResourceResponse()).ToArray();
        });
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            holding = false;
            if (held.Count > 0)
            {
                if (held.LastOrDefault(a => a.Type == ActivityTypes.Message) is { } last) AddFooter(last, TurnLanguage.Of(turnContext));
                // The user must get what the turn already decided to say (the emergency response above all), even if the turn was cancelled.
                await turnContext.SendActivitiesAsync(held.ToArray(), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    public static void AddFooter(Activity activity, Language language)
    {
        if (activity.Type != ActivityTypes.Message || CarriesHotline(activity)) return;
        var footer = Hotline.FooterFor(language);
        activity.Text = string.IsNullOrWhiteSpace(activity.Text) ? footer : activity.Text.TrimEnd() + "\n\n" + footer;
    }

    public static bool CarriesHotline(IMessageActivity activity) =>
        activity.Text?.Contains(Hotline.Marker, StringComparison.Ordinal) == true
        || activity.Attachments?.Any(a => a.Content is not null && JsonConvert.SerializeObject(a.Content).Contains(Hotline.Marker, StringComparison.Ordinal)) == true;
}
