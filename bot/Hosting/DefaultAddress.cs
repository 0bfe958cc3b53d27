namespace ReIntegratie.Bot.Hosting;

/// <summary>
/// The Bot Framework's customary local address, http://localhost:3978, used only when no address is configured
/// in any of the ways ASP.NET Core knows (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> as
/// container images and App Service set it, or Kestrel endpoints). It is not in the launch profile, because a
/// profile's address silently overrides <c>ASPNETCORE_URLS</c>.
/// </summary>
public static class DefaultAddress
{
    public const string Url = "http://localhost:3978";

    public static void UseWhenNoneConfigured(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
                         || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(Url);
        }
    }
}
