using ReIntegratie.Deployment.Tests.Support;
using ReIntegratie.Manifest;

namespace ReIntegratie.Deployment.Tests.Manifest;

/// <summary>The committed icons against Teams' rules, and the rules against icons that break them (Manifest/Icons).</summary>
public sealed class AppIconTests
{
    [Fact]
    public void ColourIcon_ShouldKeepTeamsRules_WhenChecked()
    {
        var path = RepositoryRoot.Combine("manifest", "color.png");

        Assert.Empty(AppIcon.Colour.Problems(File.ReadAllBytes(path), path));
    }

    [Fact]
    public void OutlineIcon_ShouldBe32PxWhiteOnTransparent_WhenChecked()
    {
        var path = RepositoryRoot.Combine("manifest", "outline.png");

        Assert.Empty(AppIcon.Outline.Problems(File.ReadAllBytes(path), path));
    }

    [Fact]
    public void OutlineRule_ShouldNameTheFirstColouredPixel_WhenOneIsNeitherWhiteNorTransparent()
    {
        var problems = Check(AppIcon.Outline, "outline-with-a-red-pixel.png");

        Assert.Equal(["the outline icon may only have white or fully transparent pixels; 1 pixels are neither, the first at (7,5) = rgba(200,0,0,255)"], problems);
    }

    [Fact]
    public void OutlineRule_ShouldAskForATransparentBackground_WhenTheIconIsOpaque()
    {
        var problems = Check(AppIcon.Outline, "outline-opaque-white.png");

        Assert.Equal(["the outline icon needs a transparent background; outline-opaque-white.png has no transparent pixel"], problems);
    }

    [Fact]
    public void SizeRule_ShouldGiveTheRequiredAndTheActualSize_WhenTheIconHasAnotherSize()
    {
        Assert.Equal(["the outline icon must be 32x32 pixels, outline-48px.png is 48x48"], Check(AppIcon.Outline, "outline-48px.png"));
        Assert.Equal(["the colour icon must be 192x192 pixels, outline-48px.png is 48x48"], Check(AppIcon.Colour, "outline-48px.png"));
    }

    [Fact]
    public void IconCheck_ShouldSayTheFileCannotBeRead_WhenItIsNoImage()
    {
        var problem = Assert.Single(AppIcon.Colour.Problems("not a png"u8.ToArray(), "color.png"));

        Assert.StartsWith("the colour icon color.png cannot be read as an image", problem, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Check(AppIcon icon, string fixture) =>
        icon.Problems(File.ReadAllBytes(RepositoryRoot.Combine("tests", "ReIntegratie.Deployment.Tests", "Manifest", "Icons", fixture)), fixture);
}
