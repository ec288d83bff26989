using AwarenessBot.AdminPage;
using AwarenessBot.Cli;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Validation;
using AwarenessBot.DirectLine;
using AwarenessBot.Hosting;
using AwarenessBot.Storage;
using AwarenessBot.Understanding;
using Microsoft.Bot.Builder;
using AwarenessBot.WebPage;
using Microsoft.Extensions.Options;

// `dotnet run -- chat` and `dotnet run -- ask "..."` talk to the bot in this process, without HTTP.
if (CliCommands.IsCommand(args)) return await CliCommands.RunAsync(args);

// The content root is the app's folder, so appsettings.json and the page's files are found
// however the bot is started (`dotnet run` in the project folder, or `dotnet AwarenessBot.dll` anywhere).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddAwarenessBotHttp(builder.Configuration);
builder.Services.AddEmbeddedDirectLine(builder.Configuration);
builder.Services.AddWebPage(builder.Configuration);
builder.Services.AddAdminPage(builder.Configuration);
var app = builder.Build();

// Load the sentence model and embed the safety exemplars now, not on the first turn (a failure only degrades understanding).
_ = app.Services.GetRequiredService<UnderstandingService>();

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

// Likewise the state store: a missing or unreachable store is a clear start-up error, not a failing first turn.
const string StorageHelp = "Check the Storage settings (Storage:Kind, Storage:Sqlite:Path, Storage:Blob:*) in appsettings.json or the environment.";
IStorage storage;
try
{
    storage = app.Services.GetRequiredService<IStorage>();
}
catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
{
    Console.Error.WriteLine($"The state store is not configured correctly: {e.Message}");
    Console.Error.WriteLine(StorageHelp);
    return 1;
}
var (healthy, problem) = await StateStorage.CheckAsync(storage, CancellationToken.None);
if (!healthy)
{
    Console.Error.WriteLine($"The state store ({StateStorage.Describe(storage)}) cannot be used: {problem}");
    Console.Error.WriteLine(StorageHelp);
    return 1;
}

StartupMemory.Release();

app.Lifetime.ApplicationStarted.Register(() =>
{
    if (app.Services.GetRequiredService<ServiceUrlPolicy>().ExposureWarning(app.Urls) is { } warning)
        app.Logger.LogWarning("{Warning}", warning);
});
app.UseKnownProxies(app.Configuration);
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment()) app.UseHsts(); // only ever sent over HTTPS
app.UseRateLimiter();
app.MapAwarenessBot();
app.MapWebPage();
app.MapAdminPage();
if (!app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.UsesAzure) app.MapEmbeddedDirectLine();
app.Run();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
