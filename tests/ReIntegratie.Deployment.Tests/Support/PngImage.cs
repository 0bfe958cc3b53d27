using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>
/// A decoded PNG as RGBA bytes. Reads 8-bit, non-interlaced truecolour (with or without alpha) images, which is
/// what the icon generator writes; anything else is rejected with the reason.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Width * Height pixels, 4 bytes each, row by row.</summary>
    public byte[] Rgba { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public static PngImage Load(string path) => Decode(File.ReadAllBytes(path));

    public static PngImage Decode(byte[] file)
    {
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new InvalidDataException("Not a PNG file: the signature is missing.");
        }

        byte[]? header = null;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset + 12 <= file.Length;)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset)));
            var type = Encoding.ASCII.GetString(file, offset + 4, 4);
            var body = file.AsSpan(offset + 8, length);
            var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset + 8 + length));
            if (Crc32.Compute(file.AsSpan(offset + 4, length + 4)) != storedCrc)
            {
                throw new InvalidDataException($"PNG chunk {type} has a wrong CRC.");
            }

            if (type == "IHDR")
            {
                header = body.ToArray();
            }
            else if (type == "IDAT")
            {
                compressed.Write(body);
            }
            else if (type == "IEND")
            {
                break;
            }

            offset += 12 + length;
        }

        if (header is null)
        {
            throw new InvalidDataException("PNG has no IHDR chunk.");
        }

        var width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(header));
        var height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4)));
        var (bitDepth, colourType, interlace) = (header[8], header[9], header[12]);
        var channels = colourType switch
        {
            2 => 3,
            6 => 4,
            _ => 0,
        };
        if (bitDepth != 8 || channels == 0 || interlace != 0)
        {
            throw new NotSupportedException(
                $"PNG with bit depth {bitDepth}, colour type {colourType}, interlace {interlace}: only 8-bit non-interlaced RGB or RGBA is read.");
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var pixels = Unfilter(inflated.ToArray(), width, height, channels);
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[i * 4] = pixels[i * channels];
            rgba[(i * 4) + 1] = pixels[(i * channels) + 1];
            rgba[(i * 4) + 2] = pixels[(i * channels) + 2];
            rgba[(i * 4) + 3] = channels == 4 ? pixels[(i * channels) + 3] : (byte)255;
        }

        return new PngImage(width, height, rgba);
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        if (raw.Length < (stride + 1) * height)
        {
            throw new InvalidDataException("PNG image data is shorter than its size says.");
        }

        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? pixels[row + x - channels] : 0;
                int up = y > 0 ? pixels[row - stride + x] : 0;
                int upLeft = y > 0 && x >= channels ? pixels[row - stride + x - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG row {y} has unknown filter type {filter}."),
                };
                pixels[row + x] = (byte)(line[x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
