namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>Teams' outline icon rule: white on a transparent background, nothing else.</summary>
public static class OutlineIconRule
{
    /// <summary>Why the image breaks the rule; empty when it keeps it.</summary>
    public static IReadOnlyList<string> Violations(PngImage image)
    {
        var violations = new List<string>();
        var (transparent, white) = (0, 0);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b, a) = image.Pixel(x, y);
                if (a == 0)
                {
                    transparent++;
                }
                else if (r == 255 && g == 255 && b == 255)
                {
                    white++;
                }
                else if (violations.Count < 10)
                {
                    violations.Add($"pixel ({x},{y}) is rgba({r},{g},{b},{a}), neither white nor transparent");
                }
            }
        }

        if (transparent == 0)
        {
            violations.Add("no transparent pixel: the background must be transparent");
        }

        if (white == 0)
        {
            violations.Add("no white pixel: the icon is empty");
        }

        return violations;
    }
}
