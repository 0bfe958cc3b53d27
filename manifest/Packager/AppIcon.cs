using StbImageSharp;

namespace ReIntegratie.Manifest;

/// <summary>An icon of the app package and what Teams asks of it: its size, and for the outline icon white on transparent only.</summary>
public sealed record AppIcon(string Label, int Size, bool WhiteOnTransparent)
{
    public static readonly AppIcon Colour = new("the colour icon", 192, WhiteOnTransparent: false);

    public static readonly AppIcon Outline = new("the outline icon", 32, WhiteOnTransparent: true);

    /// <summary>What is wrong with <paramref name="file"/> as this icon; empty when nothing is.</summary>
    public IReadOnlyList<string> Problems(byte[] file, string name)
    {
        ImageResult image;
        try
        {
            image = ImageResult.FromMemory(file, ColorComponents.RedGreenBlueAlpha);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotSupportedException)
        {
            // The decoder's own messages are terse and sometimes show the damaged bytes; the file name says enough.
            return [$"{Label} {name} cannot be read as an image: it is damaged or not a PNG"];
        }

        var problems = new List<string>();
        if (image.Width != Size || image.Height != Size)
        {
            problems.Add($"{Label} must be {Size}x{Size} pixels, {name} is {image.Width}x{image.Height}");
        }

        if (WhiteOnTransparent)
        {
            problems.AddRange(WhiteOnTransparentProblems(image, name));
        }

        return problems;
    }

    private IEnumerable<string> WhiteOnTransparentProblems(ImageResult image, string name)
    {
        var (transparent, white, other) = (0, 0, 0);
        string? firstOther = null;
        for (var i = 0; i < image.Width * image.Height; i++)
        {
            var (r, g, b, a) = (image.Data[i * 4], image.Data[(i * 4) + 1], image.Data[(i * 4) + 2], image.Data[(i * 4) + 3]);
            if (a == 0)
            {
                transparent++;
            }
            else if (r == 255 && g == 255 && b == 255)
            {
                white++;
            }
            else
            {
                other++;
                firstOther ??= $"({i % image.Width},{i / image.Width}) = rgba({r},{g},{b},{a})";
            }
        }

        if (other > 0)
        {
            yield return $"{Label} may only have white or fully transparent pixels; {other} pixels are neither, the first at {firstOther}";
        }

        if (transparent == 0)
        {
            yield return $"{Label} needs a transparent background; {name} has no transparent pixel";
        }

        if (white == 0)
        {
            yield return $"{Label} is empty: {name} has no white pixel";
        }
    }
}
