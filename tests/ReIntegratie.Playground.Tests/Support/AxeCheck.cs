using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>axe-core on the page or a part of it; only serious and critical findings count.</summary>
public static class AxeCheck
{
    /// <summary>The serious and critical findings, one line each with up to three elements and where they sit.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAsync(IPage page, string? selector = null)
    {
        var result = selector is null ? await page.RunAxe() : await page.Locator(selector).RunAxe();
        var lines = new List<string>();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            var nodes = new List<string>();
            foreach (var node in violation.Nodes.Take(3))
            {
                nodes.Add($"{node.Html} in {await PathAsync(page, node.Target?.ToString())}");
            }

            lines.Add($"{violation.Impact} {violation.Id}: {violation.Help}: {string.Join(" | ", nodes)}");
        }

        return lines;
    }

    /// <summary>The element's ancestors by tag and class, so a finding inside Web Chat can be placed.</summary>
    private static async Task<string> PathAsync(IPage page, string? target)
    {
        if (string.IsNullOrEmpty(target))
        {
            return "?";
        }

        return await page.EvaluateAsync<string>(
            """
            (selector) => {
              let element;
              try { element = document.querySelector(selector); } catch (e) { return selector; }
              const path = [];
              for (; element && path.length < 6; element = element.parentElement) {
                path.push(element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).slice(0, 2).join('.') : ''));
              }
              return selector + ' (' + path.join(' < ') + ')';
            }
            """,
            target);
    }
}
