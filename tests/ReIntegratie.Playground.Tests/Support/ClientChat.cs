using Microsoft.Playwright;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>Opens the playground with an invitation link's code and starts the client's Web Chat, as a client would.</summary>
public static class ClientChat
{
    /// <summary>Creates an appointment through the panel's API; returns its id and code.</summary>
    public static async Task<(string AppointmentId, string Code)> CreateAppointmentAsync(PlaygroundServer server, string clientName, DateOnly today)
    {
        using var http = server.CreateHttpClient();
        return await new PlaygroundApi(http).CreateAppointmentAsync(clientName, today);
    }

    /// <summary>Opens the invitation link and presses "Start gesprek"; returns when the bot's first card is on screen.</summary>
    public static async Task OpenAsync(IPage page, PlaygroundServer server, string code)
    {
        await page.GotoAsync(new Uri(server.BaseAddress, "?code=" + Uri.EscapeDataString(code)).ToString());
        await page.Locator("#start-chat-button").ClickAsync();
        await Assertions.Expect(page.Locator("#webchat .ac-adaptiveCard").First).ToBeVisibleAsync();
    }

    /// <summary>The newest card in the chat.</summary>
    public static ILocator NewestCard(IPage page) => page.Locator("#webchat .ac-adaptiveCard").Last;

    public static Task PressAsync(ILocator card, string title) =>
        card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true }).ClickAsync();

    public static string Dutch(string key) => PreparationContent.Default.Texts.Get(key, Language.Dutch);
}
