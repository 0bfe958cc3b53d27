using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ReIntegratie.Bot.Hosting;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>
/// Where the bot may run without credentials (empty MicrosoftAppId: no inbound token check, replies
/// without a token): on a developer's machine (Development) and in the benchmark's own environment, and
/// only where the remote address is the connection's own, not one a proxy reported in a header.
/// </summary>
public static class AnonymousMode
{
    public const string BenchmarkEnvironment = "Benchmark";

    /// <summary>The setting ASPNETCORE_FORWARDEDHEADERS_ENABLED becomes; ASP.NET Core then believes X-Forwarded-For from any peer.</summary>
    public const string ForwardedHeadersSetting = "ForwardedHeaders_Enabled";

    public static void EnsureAllowed(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsDevelopment() && !environment.IsEnvironment(BenchmarkEnvironment))
        {
            throw new InvalidSettingException(
                $"Setting MicrosoftAppId is empty, which turns authentication off; that is allowed only in the Development or {BenchmarkEnvironment} " +
                $"environment, not in '{environment.EnvironmentName}'. Set MicrosoftAppId and its credentials.");
        }

        if (string.Equals(configuration[ForwardedHeadersSetting]?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidSettingException(
                $"Setting {ForwardedHeadersSetting} (ASPNETCORE_FORWARDEDHEADERS_ENABLED) is true while MicrosoftAppId is empty: without " +
                "authentication the bot trusts only direct connections from this machine, so it does not run behind a proxy. " +
                "Turn forwarded headers off, or set MicrosoftAppId and its credentials.");
        }
    }
}
