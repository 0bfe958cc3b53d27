using Microsoft.Playwright;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>
/// What a person on a phone would find wrong in the client's chat, measured in the browser: text of a
/// card that is cut off (wider than its box, as the renderer's ellipsis does), a card or the page wider
/// than the screen, and touch targets (fields, buttons, the send box) under 24 by 24 pixels.
/// </summary>
public static class PhoneLayout
{
    public const int MinTarget = 24;

    public static readonly (int Width, int Height) Phone = (390, 844);

    public static readonly (int Width, int Height) Desktop = (1280, 800);

    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(
            """
            (min) => {
              const problems = [];
              const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
              const describe = el => (el.getAttribute('aria-label') || el.textContent || el.outerHTML).trim().replace(/\s+/g, ' ').slice(0, 80);
              const chat = document.getElementById('webchat');
              const viewport = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth > viewport + 1) {
                problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${viewport} px screen`);
              }
              const texts = chat.querySelectorAll('.ac-adaptiveCard .ac-textBlock, .ac-adaptiveCard .ac-textBlock > *, .ac-adaptiveCard button, .ac-adaptiveCard button > div, .ac-adaptiveCard label');
              for (const el of texts) {
                if (shown(el) && el.scrollWidth > el.clientWidth + 1) {
                  problems.push(`cut off (${el.scrollWidth} px of text in ${el.clientWidth} px): "${describe(el)}"`);
                }
              }
              for (const card of chat.querySelectorAll('.ac-adaptiveCard')) {
                const box = card.getBoundingClientRect();
                for (const el of card.querySelectorAll('*')) {
                  const r = el.getBoundingClientRect();
                  if (shown(el) && r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) {
                    problems.push(`sticks out of its card: "${describe(el)}"`);
                    break;
                  }
                }
                if (box.right > viewport + 1) {
                  problems.push(`card wider than the screen: ${Math.round(box.right)} px`);
                }
              }
              const targets = chat.querySelectorAll('.ac-adaptiveCard input:not([type=hidden]), .ac-adaptiveCard button, .ac-adaptiveCard select, .ac-adaptiveCard textarea, [data-id="webchat-sendbox-input"], .webchat__send-button');
              for (const el of targets) {
                const r = el.getBoundingClientRect();
                if (shown(el) && (r.width < min || r.height < min)) {
                  problems.push(`touch target ${Math.round(r.width)}x${Math.round(r.height)} px: ${el.tagName.toLowerCase()} "${describe(el)}"`);
                }
              }
              return problems;
            }
            """,
            MinTarget);

    /// <summary>Resizes the page and waits until the chat has laid itself out again.</summary>
    public static async Task ResizeAsync(IPage page, (int Width, int Height) size)
    {
        await page.SetViewportSizeAsync(size.Width, size.Height);
        await page.WaitForFunctionAsync("w => document.documentElement.clientWidth <= w", size.Width);
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
    }
}
