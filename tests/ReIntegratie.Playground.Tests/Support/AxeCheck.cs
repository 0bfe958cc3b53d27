using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>axe-core on the page or a part of it; only serious and critical findings count.</summary>
public static class AxeCheck
{
    /// <summary>The serious and critical findings, one line each with up to three of the elements.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAsync(IPage page, string? selector = null)
    {
        var result = selector is null ? await page.RunAxe() : await page.Locator(selector).RunAxe();
        return Serious(result);
    }

    private static List<string> Serious(AxeResult result) =>
        result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help}: " + string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html)))
            .ToList();
}
