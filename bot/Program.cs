using System.Reflection;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Development;
using ReIntegratie.Bot.Hosting;
using ReIntegratie.Bot.Wiring;

try
{
    return await RunAsync(args);
}
catch (InvalidSettingException problem) when (Assembly.GetEntryAssembly() == typeof(Program).Assembly)
{
    // As its own process the bot ends with the one line that names the setting, not a stack trace.
    // Hosted by another entry point (the functional tests' WebApplicationFactory) the exception goes on to it.
    Console.Error.WriteLine(problem.Message);
    return 1;
}

static async Task<int> RunAsync(string[] args)
{
    var builder = WebApplication.CreateBuilder(NewAppointmentCommand.HostArguments(args));
    builder.AddChannel();
    builder.AddDocumentStorage();
    builder.AddScheduling();
    builder.AddConversations();

    var app = builder.Build();
    if (NewAppointmentCommand.Matches(args))
    {
        return await NewAppointmentCommand.RunAsync(args, app.Services, Console.Out);
    }

    app.WarnWhenAnonymous();
    app.MapMessagesEndpoint();
    app.MapPlayground();
    app.MapHealthChecks("/healthz");
    app.MapStorageDiagnostics();
    await app.RunAsync();
    return 0;
}

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
