using System.Net;

namespace ReIntegratie.Bot.Hosting;

/// <summary>The peer address of the connection as the server accepted it, before any middleware could rewrite the request's remote address.</summary>
public sealed record ConnectionAddress(IPAddress? Remote);
