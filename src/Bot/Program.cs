using AwarenessBot.Cli;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Validation;
using AwarenessBot.Hosting;

// `dotnet run -- chat` and `dotnet run -- ask "..."` talk to the bot in this process, without HTTP.
if (CliCommands.IsCommand(args)) return await CliCommands.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAwarenessBotHttp(builder.Configuration);
var app = builder.Build();

try
{
    // Load and validate the content now, so bad content stops start-up instead of the first turn.
    _ = app.Services.GetRequiredService<IContentProvider>();
}
catch (ContentValidationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

app.MapAwarenessBot();
app.Run();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
