namespace ReIntegratie.Testing;

/// <summary>The repository checkout the tests run in: the nearest folder above the test or benchmark assembly with ReIntegratie.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> root = new(Find);

    public static string Path => root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ReIntegratie.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains ReIntegratie.sln.");
    }
}
