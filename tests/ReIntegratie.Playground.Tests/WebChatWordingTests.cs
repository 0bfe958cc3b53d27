using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// Web Chat's own texts (the send box, what a screen reader hears about messages) speak to the client
/// the way the bot does: "je" in Dutch, never "u"; and English when the chat is English.
/// </summary>
public sealed partial class WebChatWordingTests(ITestOutputHelper output) : BrowserTest()
{
    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task WebChat_ShouldAddressTheClientWithJe_InADutchChat()
    {
        var page = Browser.Page;
        var (_, code) = await ClientChat.CreateAppointmentAsync(Server, "Je Test", DateOnly.FromDateTime(DateTime.Today));
        await ClientChat.OpenAsync(page, Server, code);

        var sendBox = page.Locator("#webchat [data-id='webchat-sendbox-input']");
        await Assertions.Expect(sendBox).ToHaveAttributeAsync("placeholder", "Typ je bericht");
        var words = await page.EvaluateAsync<string[]>(
            """
            () => {
              const chat = document.getElementById('webchat');
              const found = [chat.innerText];
              for (const element of chat.querySelectorAll('*')) {
                for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-roledescription']) {
                  if (element.hasAttribute(name)) { found.push(element.getAttribute(name)); }
                }
              }
              for (const element of chat.querySelectorAll('[aria-labelledby]')) {
                for (const id of element.getAttribute('aria-labelledby').split(' ')) {
                  found.push(document.getElementById(id)?.textContent || '');
                }
              }
              return found;
            }
            """);
        var formal = words.Where(w => Formal().IsMatch(w)).ToList();
        foreach (var text in formal)
        {
            output.WriteLine("formal: " + text);
        }

        Assert.Empty(formal);
    }

    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task WebChat_ShouldUseEnglishTexts_WhenTheChatIsEnglish()
    {
        var page = Browser.Page;
        await page.GotoAsync(Server.BaseAddress.ToString());
        await page.WaitForFunctionAsync("() => typeof window.playground.webChatStrings === 'function'");

        // A second Web Chat on the page, in English, with the page's own texts.
        await page.EvaluateAsync(
            """
            async () => {
              const response = await fetch('/v3/directline/tokens/generate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
              const { token } = await response.json();
              const host = document.createElement('div');
              host.id = 'english-chat';
              host.style.height = '30rem';
              document.body.appendChild(host);
              WebChat.renderWebChat({
                directLine: WebChat.createDirectLine({ domain: location.origin + '/v3/directline', token, webSocket: false, pollingInterval: 500 }),
                locale: 'en-US',
                overrideLocalizedStrings: window.playground.webChatStrings,
              }, host);
            }
            """);

        var sendBox = page.Locator("#english-chat [data-id='webchat-sendbox-input']");
        await Assertions.Expect(sendBox).ToHaveAttributeAsync("placeholder", "Type your message");
        await Assertions.Expect(sendBox).ToHaveAttributeAsync("aria-label", new Regex("^Message input box"));
    }

    /// <summary>"u" or "uw" as a word: the formal address.</summary>
    [GeneratedRegex(@"\b(U|u|Uw|uw)\b")]
    private static partial Regex Formal();
}
