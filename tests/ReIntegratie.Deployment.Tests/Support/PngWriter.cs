using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>Writes 8-bit RGBA PNGs, for test images that break the icon rules on purpose.</summary>
public static class PngWriter
{
    public static byte[] Encode(int width, int height, byte[] rgba)
    {
        var raw = new byte[((width * 4) + 1) * height];
        for (var y = 0; y < height; y++)
        {
            Array.Copy(rgba, y * width * 4, raw, (y * ((width * 4) + 1)) + 1, width * 4);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = 6;

        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", compressed.ToArray());
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    private static void WriteChunk(Stream stream, string type, byte[] body)
    {
        var typeAndBody = new byte[4 + body.Length];
        Encoding.ASCII.GetBytes(type, typeAndBody);
        body.CopyTo(typeAndBody, 4);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)body.Length);
        stream.Write(number);
        stream.Write(typeAndBody);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typeAndBody));
        stream.Write(number);
    }
}
