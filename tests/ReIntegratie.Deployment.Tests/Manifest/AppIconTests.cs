using ReIntegratie.Deployment.Tests.Support;

namespace ReIntegratie.Deployment.Tests.Manifest;

public sealed class AppIconTests
{
    [Fact]
    public void ColourIcon_ShouldBe192By192_WhenDecoded()
    {
        var icon = PngImage.Load(RepositoryRoot.Combine("manifest", "color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_ShouldBe32By32_WhenDecoded()
    {
        var icon = PngImage.Load(RepositoryRoot.Combine("manifest", "outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_ShouldHaveOnlyWhiteOrTransparentPixels_WhenDecoded()
    {
        var icon = PngImage.Load(RepositoryRoot.Combine("manifest", "outline.png"));

        var violations = OutlineIconRule.Violations(icon);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void OutlineIconRule_ShouldReportThePixel_WhenOneIsColoured()
    {
        var rgba = new byte[32 * 32 * 4];
        Array.Fill(rgba, (byte)255, 0, 4 * 32); // first row opaque white, the rest transparent black
        rgba[(((5 * 32) + 7) * 4) + 0] = 200;
        rgba[(((5 * 32) + 7) * 4) + 3] = 255; // (7,5) opaque dark red

        var violations = OutlineIconRule.Violations(PngImage.Decode(PngWriter.Encode(32, 32, rgba)));

        Assert.Equal(["pixel (7,5) is rgba(200,0,0,255), neither white nor transparent"], violations);
    }

    [Fact]
    public void OutlineIconRule_ShouldReportMissingTransparency_WhenTheIconIsOpaque()
    {
        var rgba = new byte[32 * 32 * 4];
        Array.Fill(rgba, (byte)255);

        var violations = OutlineIconRule.Violations(PngImage.Decode(PngWriter.Encode(32, 32, rgba)));

        Assert.Equal(["no transparent pixel: the background must be transparent"], violations);
    }

    [Fact]
    public void PngImage_ShouldRejectTheFile_WhenAChunkIsCorrupted()
    {
        var file = File.ReadAllBytes(RepositoryRoot.Combine("manifest", "outline.png"));
        file[40] ^= 0xFF; // inside the IDAT chunk

        Assert.Throws<InvalidDataException>(() => PngImage.Decode(file));
    }
}
