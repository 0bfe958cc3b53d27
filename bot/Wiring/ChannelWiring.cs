using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Polly;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Channel.Auth;
using ReIntegratie.Bot.Channel.Connector;
using ReIntegratie.Bot.Hosting;

namespace ReIntegratie.Bot.Wiring;

/// <summary>The Bot Framework channel: credentials, inbound auth, connector with retries, the adapter.</summary>
public static class ChannelWiring
{
    public const string OpenIdHttpClient = "openid";

    public static WebApplicationBuilder AddChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var credentials = BotCredentialsReader.Read(builder.Configuration, builder.Environment);
        services.AddSingleton(credentials);
        ConnectionAddressStartupFilter.AddFirst(services);
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<ChannelAuthOptions>().BindSettings(builder.Configuration.GetSection(ChannelAuthOptions.Section))
            .Validate(
                o => Uri.TryCreate(o.OpenIdMetadataUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.IsLoopback),
                "Setting Auth:OpenIdMetadataUrl must be an absolute https URL (http only on this machine).")
            .Validate(
                o => o.KeyRefreshInterval >= ConfigurationManager<OpenIdConnectConfiguration>.MinimumAutomaticRefreshInterval,
                "Setting Auth:KeyRefreshInterval must be at least 00:05:00.")
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>().BindSettings(builder.Configuration.GetSection(ConnectorOptions.Section))
            .Validate(o => o.MaxRetries is >= 0 and <= 10, "Setting Connector:MaxRetries must be between 0 and 10.")
            .ValidateOnStart();

        services.AddHttpClient(OpenIdHttpClient, client => client.Timeout = TimeSpan.FromSeconds(10));
        SigningKeyProvider.UseBlockingRefresh();
        services.AddSingleton(sp => new SigningKeyProvider(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdHttpClient),
            sp.GetRequiredService<IOptions<ChannelAuthOptions>>(),
            sp.GetRequiredService<ILogger<SigningKeyProvider>>()));
        services.AddSingleton<ChannelAuthenticator>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<IBotTokenProvider>(new MsalBotTokenProvider(credentials));
        services.AddSingleton<ConversationLocks>();
        services.AddTransient<ChannelAdapter>();

        services.AddHttpClient<ConnectorClient>()
            .AddResilienceHandler("connector", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.RetryMaxDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && args.Outcome switch
                    {
                        { Exception: HttpRequestException } => true,
                        { Result: { } response } => ConnectorRetryPolicy.IsTransient(response.StatusCode),
                        _ => false,
                    }),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        return builder;
    }

    public static void WarnWhenAnonymous(this WebApplication app)
    {
        if (app.Services.GetRequiredService<BotCredentials>().IsAnonymous)
        {
            app.Logger.LogWarning(
                "MicrosoftAppId is empty: the bot runs WITHOUT authentication, for local development only. " +
                "Requests straight from this machine (not through a proxy) are accepted without a token and replies are sent without one.");
        }
    }
}
