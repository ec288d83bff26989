using AwarenessBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Cli;

/// <summary>
/// Runs turns in this process with the same middleware and bot as the web host, for the
/// `chat` and `ask` commands. Replies (traces included) are collected and returned.
/// </summary>
public sealed class ConsoleAdapter : BotAdapter
{
    public const string ChannelId = "console";
    private const string RepliesKey = "AwarenessBot.Console.Replies";

    private readonly ConversationAccount _conversation = new(id: "console-" + Guid.NewGuid().ToString("N"));
    private readonly ChannelAccount _user = new("console-user", "You", RoleTypes.User);
    private readonly ChannelAccount _bot = new("awarenessbot", "AwarenessBot", RoleTypes.Bot);

    public ConsoleAdapter(BotPipeline pipeline, TurnErrorHandler errors)
    {
        pipeline.ApplyTo(this);
        OnTurnError = errors.HandleAsync;
    }

    public Task<IReadOnlyList<Activity>> SayAsync(IBot bot, string text, CancellationToken cancellationToken = default)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Text = text;
        return RunAsync(bot, activity, cancellationToken);
    }

    /// <summary>The user opens the chat: the bot's welcome.</summary>
    public Task<IReadOnlyList<Activity>> JoinAsync(IBot bot, CancellationToken cancellationToken = default)
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [_user];
        return RunAsync(bot, activity, cancellationToken);
    }

    private async Task<IReadOnlyList<Activity>> RunAsync(IBot bot, Activity activity, CancellationToken cancellationToken)
    {
        var replies = new List<Activity>();
        using var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Add(RepliesKey, replies);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return replies;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var replies = turnContext.TurnState.Get<List<Activity>>(RepliesKey);
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            activity.Id ??= Guid.NewGuid().ToString("N");
            replies?.Add(activity);
            responses.Add(new ResourceResponse(activity.Id));
        }
        return Task.FromResult(responses.ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The console cannot update a sent message.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The console cannot delete a sent message.");

    private Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = ChannelId,
        ServiceUrl = "console://local",
        Conversation = _conversation,
        From = _user,
        Recipient = _bot,
        Timestamp = DateTimeOffset.UtcNow,
        Locale = "en-US",
    };
}
