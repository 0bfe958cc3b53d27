using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Wiring;

var builder = WebApplication.CreateBuilder(args);
builder.AddChannel();
builder.AddDocumentStorage();
builder.AddConversations();

var app = builder.Build();
app.WarnWhenAnonymous();
app.MapMessagesEndpoint();
app.MapHealthChecks("/healthz");
app.Run();

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
