using System.IO.Compression;

namespace ReIntegratie.Manifest;

/// <summary>Writes the package: the files at the root of a zip, each with the same fixed date, so the same input gives the same bytes.</summary>
public static class PackageZip
{
    private static readonly DateTimeOffset FixedDate = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Create(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
                entry.LastWriteTime = FixedDate;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
