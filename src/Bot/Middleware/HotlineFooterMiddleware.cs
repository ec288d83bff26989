using AwarenessBot.Safety;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AwarenessBot.Middleware;

/// <summary>
/// Makes sure every message the bot sends carries the hotline (docs/architecture.md, "Safety"): any
/// outgoing message that does not already mention it gets a short footer line. Dialogs cannot
/// forget the hotline because they do not own it.
/// </summary>
public sealed class HotlineFooterMiddleware : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            foreach (var activity in activities) AddFooter(activity);
            return await nextSend().ConfigureAwait(false);
        });
        return next(cancellationToken);
    }

    public static void AddFooter(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || CarriesHotline(activity)) return;
        activity.Text = string.IsNullOrWhiteSpace(activity.Text) ? Hotline.Footer : activity.Text.TrimEnd() + "\n\n" + Hotline.Footer;
    }

    public static bool CarriesHotline(IMessageActivity activity) =>
        activity.Text?.Contains(Hotline.Marker, StringComparison.Ordinal) == true
        || activity.Attachments?.Any(a => a.Content is not null && JsonConvert.SerializeObject(a.Content).Contains(Hotline.Marker, StringComparison.Ordinal)) == true;
}
