using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Development;
using ReIntegratie.Bot.Wiring;

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

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
