using System.Diagnostics;
using Microsoft.Playwright;
using ReIntegratie.Domain.Content;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// A client who cannot use a mouse: from the invitation link to a shared preparation with Tab, Shift+Tab,
/// the arrow keys, Space, Enter and typing only (<see cref="KeyboardJourney"/>), in the real Web Chat
/// against the real bot. Every answer must leave the focus on the bot's next card.
/// </summary>
public sealed class KeyboardJourneyTests(ITestOutputHelper output) : BrowserTest()
{
    private static readonly TimeSpan JourneyLimit = TimeSpan.FromMinutes(6);

    [Fact(Timeout = 8 * 60 * 1000)]
    public async Task ClientJourney_ShouldReachShared_WithTheKeyboardAlone()
    {
        var page = Browser.Page;
        var (_, code) = await ClientChat.CreateAppointmentAsync(Server, "Kim Toetsenbord", DateOnly.FromDateTime(DateTime.Today));
        var journey = new KeyboardJourney(page, new DirectLineClient(Server.CreateHttpClient()), PreparationContent.Default);
        var clicks = 0;
        await page.ExposeFunctionAsync("countClick", (bool trusted) => { if (trusted) { clicks++; } });
        await page.AddInitScriptAsync("document.addEventListener('pointerdown', e => window.countClick(e.isTrusted), true)");
        var watch = Stopwatch.StartNew();
        try
        {
            await page.GotoAsync(new Uri(Server.BaseAddress, "?code=").ToString());
            await journey.StartAsync(code);
            await journey.CompleteAsync(JourneyLimit);

            output.WriteLine($"shared by keyboard after {journey.Steps} cards and {journey.Keys} keys, {watch.Elapsed.TotalSeconds:F0} s");
            Assert.Equal(0, clicks);
            await Assertions.Expect(page.Locator("#webchat")).ToContainTextAsync(PreparationContent.Default.Texts.Get("journey.review.shared", Language.Dutch));
            Assert.Empty(Browser.ExternalRequests);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var shot = await Browser.ScreenshotAsync(RepositoryPaths.Artifact("keyboard-failed"));
            throw new Xunit.Sdk.XunitException(
                $"{exception.GetType().Name}: {exception.Message}{Environment.NewLine}" +
                $"screenshot: {shot}{Environment.NewLine}" +
                $"answers so far:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", journey.Transcript.TakeLast(15))}{Environment.NewLine}" +
                $"page errors:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Browser.PageErrors.TakeLast(10))}{Environment.NewLine}" +
                $"bot log:{Environment.NewLine}{Server.Logs.Tail(20)}");
        }
    }
}
