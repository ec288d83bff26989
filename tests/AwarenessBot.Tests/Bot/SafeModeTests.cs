using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.ContentHosting;
using AwarenessBot.Safety;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Tests.Bot;

/// <summary>
/// Safe mode, when no content loads anywhere: no topics, but the welcome, the emergency response, the
/// check-in and the hotline work in both languages, and nothing a user types makes the bot fail.
/// </summary>
public sealed class SafeModeTests : IDisposable
{
    private sealed class SafeModeProvider : IContentProvider
    {
        public ContentLibrary Library { get; } = SafeModeContent.Create();
    }

    private readonly TestBot _bot = new(configure: s => s.AddSingleton<IContentProvider, SafeModeProvider>());

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task The_welcome_says_the_bot_is_limited_and_shows_the_hotline()
    {
        var join = _bot.Adapter.MakeActivity();
        join.Type = ActivityTypes.ConversationUpdate;
        join.MembersAdded = [join.From];
        var text = (await _bot.SendAsync(join)).AllText();
        Assert.Contains("can't share my lessons right now", text);
        Assert.Contains("911", text);
        Assert.Contains(Hotline.Marker, text);
    }

    [Theory]
    [InlineData("i want to kill myself", EmergencyResponse.English)]
    [InlineData("me quiero morir", EmergencyResponse.Spanish)]
    public async Task A_crisis_message_gets_the_emergency_response(string message, string response)
    {
        Assert.Equal(response, (await _bot.SayAsync(message)).Messages().First().Text);
    }

    [Fact]
    public async Task A_possible_disclosure_gets_the_check_in()
    {
        Assert.Contains(CheckInResponse.English, (await _bot.SayAsync("I don't feel safe around my uncle")).AllText());
    }

    [Theory]
    [InlineData("what is csec", "can't answer questions right now")]
    [InlineData("¿qué es la trata de personas?", "no puedo responder preguntas")]
    [InlineData("menu", "can't show my topics")]
    [InlineData("help", "can't answer questions right now")]
    [InlineData("🙂🙂", "")]
    [InlineData("cancel", "")]
    public async Task Anything_else_gets_a_short_limited_reply_with_the_hotline(string message, string expected)
    {
        var text = (await _bot.SayAsync(message)).AllText();
        Assert.Contains(expected, text);
        Assert.Contains(Hotline.Marker, text);
    }
}
