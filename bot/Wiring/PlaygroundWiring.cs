using Microsoft.Extensions.FileProviders;
using ReIntegratie.Bot.Hosting;
using ReIntegratie.Bot.Playground;
using ReIntegratie.Bot.Playground.DirectLine;

namespace ReIntegratie.Bot.Wiring;

/// <summary>
/// The local playground (Development only): the page at /, the development Direct Line at
/// /v3/directline with its connector surface at /_dev/, and the professional panel's API at
/// /playground/api. All of it answers only requests straight from this machine, not through a proxy or tunnel. In any other environment nothing is
/// mapped, so none of it exists there.
/// </summary>
public static class PlaygroundWiring
{
    public static WebApplication MapPlayground(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        var root = Path.Combine(app.Environment.ContentRootPath, "Playground", "wwwroot");
        if (!File.Exists(Path.Combine(root, "lib", "webchat.js")))
        {
            app.Logger.LogWarning("Playground assets are missing in {Folder}: build the bot project once (it runs npm ci in bot/Playground).", Path.Combine(root, "lib"));
        }

        if (Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(root);
            app.UseWhen(LocalCaller.IsLocal, branch =>
            {
                branch.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
                branch.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            });
        }

        // Only the playground's own state is made here; the bot's services are resolved per request, so
        // mapping the playground never builds parts of the bot before the host starts them.
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var logs = new ConversationLogs(clock);
        var tokens = new DirectLineTokens(clock);
        new DirectLineEndpoints(logs, tokens, clock).Map(app);
        new ChatTokenEndpoint(logs, tokens).Map(app);
        new DevConnectorEndpoints(logs).Map(app);
        new PlaygroundEndpoints(logs).Map(app);
        app.Logger.LogInformation("Playground (Development only): mapped at / on this host");
        return app;
    }
}
