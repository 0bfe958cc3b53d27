namespace ReIntegratie.Bot.Channel;

/// <summary>What an invoke activity is answered with in the HTTP response: status code and JSON body.</summary>
public sealed record InvokeResponse(int Status, object? Body);
