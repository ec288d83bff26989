using AwarenessBot.Routing;

namespace AwarenessBot.Tests.Bot;

public class GlobalCommandsTests
{
    [Theory]
    [InlineData("help", GlobalCommand.Help)]
    [InlineData("What can you do?", GlobalCommand.Help)]
    [InlineData("what can u do", GlobalCommand.Help)]
    [InlineData("menu please", GlobalCommand.Menu)]
    [InlineData("en español", GlobalCommand.Spanish)]
    [InlineData("stop it, he hurts me", GlobalCommand.None)]
    [InlineData("what can you do about trafficking in my school", GlobalCommand.None)]
    public void Commands_are_whole_short_messages_in_chat_spelling_too(string text, GlobalCommand expected) =>
        Assert.Equal(expected, GlobalCommands.Recognize(text));
}
