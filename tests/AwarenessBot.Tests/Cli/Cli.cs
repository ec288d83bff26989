using AwarenessBot.Cli;

namespace AwarenessBot.Tests.Cli;

/// <summary>Runs the executable's commands in-process, capturing what they print.</summary>
internal static class Cli
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliCommands.RunAsync(args, TextReader.Null, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
