using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace ReIntegratie.Bot.Hosting;

/// <summary>
/// The one line the bot ends with when it cannot start for a reason the person starting it can fix: a
/// setting (<see cref="InvalidSettingException"/>, or an options validator's failure) or a port that is taken.
/// Anything else is a bug and keeps its stack trace.
/// </summary>
public static class StartupProblem
{
    public static string? Describe(Exception exception) => exception switch
    {
        InvalidSettingException setting => setting.Message,
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        AggregateException { InnerExceptions.Count: > 0 } all when all.InnerExceptions.All(inner => Describe(inner) is not null) =>
            string.Join(" ", all.InnerExceptions.Select(inner => Describe(inner))),
        IOException { InnerException: AddressInUseException } bind => PortTaken(bind.Message),
        _ => null,
    };

    private static string PortTaken(string kestrelMessage)
    {
        // Kestrel: "Failed to bind to address http://127.0.0.1:3978: address already in use."
        const string prefix = "Failed to bind to address ";
        var address = kestrelMessage.StartsWith(prefix, StringComparison.Ordinal)
            ? kestrelMessage[prefix.Length..].Split(": ", 2)[0]
            : "the configured address";
        return $"The bot cannot listen on {address}: that port is taken (is the bot already running?). " +
               "Stop the other program, or choose another address, e.g. dotnet run --project bot -- --urls http://localhost:3979";
    }
}
