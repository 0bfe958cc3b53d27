using System.Reflection;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Development;
using ReIntegratie.Bot.Hosting;
using ReIntegratie.Bot.Wiring;

var ownProcess = Assembly.GetEntryAssembly() == typeof(Program).Assembly;
try
{
    return await RunAsync(args, ownProcess);
}
catch (Exception problem) when (ownProcess && StartupProblem.Describe(problem) is { } line)
{
    // As its own process the bot ends with the one line that names the setting or the port, not a stack trace.
    // Hosted by another entry point (the functional tests' WebApplicationFactory) the exception goes on to it.
    Console.Error.WriteLine(line);
    return 1;
}

static async Task<int> RunAsync(string[] args, bool ownProcess)
{
    if (NewAppointmentCommand.Matches(args))
    {
        return await NewAppointmentCommand.RunAsync(args, settings => Build(settings, ownProcess).Services, Console.Out, Console.Error);
    }

    var app = Build(args, ownProcess);
    app.WarnWhenAnonymous();
    app.FollowOwnAddress();
    app.MapMessagesEndpoint();
    app.MapPlayground();
    app.MapHealthChecks("/healthz");
    app.MapStorageDiagnostics();
    await app.RunAsync();
    return 0;
}

static WebApplication Build(string[] args, bool ownProcess)
{
    var builder = WebApplication.CreateBuilder(args);
    if (ownProcess)
    {
        // A host that starts the bot itself (the tests) chooses its own server and address.
        DefaultAddress.UseWhenNoneConfigured(builder);
        StartupLogFilter.Apply(builder.Logging);
    }

    builder.AddChannel();
    builder.AddDocumentStorage();
    builder.AddScheduling();
    builder.AddConversations();

    var app = builder.Build();
    // Settings first, before anything is built from them or the host starts (which would log them with a stack trace).
    app.Services.GetService<IStartupValidator>()?.Validate();
    return app;
}

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
