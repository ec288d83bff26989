using System.Security.Claims;
using AwarenessBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AwarenessBot.DirectLine;

/// <summary>
/// Runs web chat activities through the same adapter, middleware and bot as /api/messages,
/// in-process: the turn asks for its replies back (expectReplies) instead of having the bot
/// post them to a channel service, and they are appended to the conversation's stream.
/// </summary>
public sealed class DirectLineTurns(AdapterWithErrorHandler adapter, IBot bot, IConfiguration configuration, TimeProvider clock)
{
    public const string ChannelId = Channels.Webchat;
    public static readonly ChannelAccount BotAccount = new("awarenessbot", "AwarenessBot", RoleTypes.Bot);

    /// <summary>The user opened the chat: the bot's welcome, as Azure Direct Line starts a conversation.</summary>
    public Task StartAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = conversation.Id + "|start",
            Locale = conversation.Locale,
            MembersAdded = [new ChannelAccount(conversation.UserId, role: RoleTypes.User)],
        };
        return RunAsync(conversation, update, serviceUrl, cancellationToken);
    }

    /// <summary>Runs one user activity (already in the stream) and appends the bot's replies.</summary>
    public async Task RunAsync(DirectLineConversation conversation, Activity activity, string serviceUrl, CancellationToken cancellationToken)
    {
        // The bot gets its own copy: it may rewrite the text (mentions), the stream keeps what the user sent.
        var turn = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
        turn.ChannelId = ChannelId;
        turn.ServiceUrl = serviceUrl;
        turn.Conversation = new ConversationAccount(id: conversation.Id);
        turn.From = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        turn.Recipient = BotAccount;
        turn.DeliveryMode = DeliveryModes.ExpectReplies;
        turn.Timestamp ??= clock.GetUtcNow();

        await conversation.TurnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await adapter.ProcessOwnChannelActivityAsync(ChannelIdentity(), turn, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            var replies = (response?.Body as ExpectedReplies)?.Activities ?? [];
            conversation.Append(replies.Where(r => r.Type != ActivityTypes.Trace).Select(r =>
            {
                r.From = BotAccount;
                r.Recipient = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
                r.Conversation = new ConversationAccount(id: conversation.Id);
                // The welcome answers the conversation starting, which is not in the stream.
                r.ReplyToId = activity.Type == ActivityTypes.ConversationUpdate ? null : r.ReplyToId ?? activity.Id;
                r.Id = null;
                return r;
            }), clock.GetUtcNow());
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    /// <summary>
    /// Who the turn comes from: this process acting as the channel. Anonymous when the bot has no
    /// app id (local mode), otherwise a claim for the bot's own app id, as the adapter expects.
    /// </summary>
    private ClaimsIdentity ChannelIdentity()
    {
        var appId = configuration["MicrosoftAppId"];
        if (string.IsNullOrEmpty(appId)) return new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType);
        return new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, appId),
            new Claim(AuthenticationConstants.AppIdClaim, appId),
            new Claim(AuthenticationConstants.VersionClaim, "1.0"),
        ], "AwarenessBot.DirectLine");
    }
}
