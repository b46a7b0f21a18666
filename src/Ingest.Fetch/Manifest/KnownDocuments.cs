using System.Security.Cryptography;

namespace Ingest.Fetch.Manifest;

/// <summary>
/// The manifest's entries whose files are still there and still hold what was fetched, by URL and by
/// content hash: a file deleted or edited since is fetched again rather than trusted.
/// </summary>
internal sealed class KnownDocuments
{
    private readonly Dictionary<string, ManifestEntry> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManifestEntry> _byHash = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _thisRun = new(StringComparer.Ordinal);

    public KnownDocuments(string folder, IEnumerable<ManifestEntry> entries)
    {
        var intact = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!intact.TryGetValue(entry.File, out var ok))
                intact[entry.File] = ok = Intact(Path.Combine(folder, entry.File), entry.Sha256);
            if (!ok) continue;
            Add(entry);
        }
    }

    public ManifestEntry? ByUrl(Uri url) => _byUrl.GetValueOrDefault(url.AbsoluteUri);

    public ManifestEntry? ByHash(string sha256) => _byHash.GetValueOrDefault(sha256);

    /// <summary>True the first time a URL is met in this fetch: one linked from two agenda items is fetched once.</summary>
    public bool FirstThisRun(Uri url) => _thisRun.Add(url.AbsoluteUri);

    public void Add(ManifestEntry entry)
    {
        _byUrl[entry.Url] = entry;
        _byHash.TryAdd(entry.Sha256, entry);
    }

    private static bool Intact(string path, string sha256)
    {
        if (!File.Exists(path)) return false;
        using var stream = File.OpenRead(path);
        return string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), sha256, StringComparison.OrdinalIgnoreCase);
    }
}
