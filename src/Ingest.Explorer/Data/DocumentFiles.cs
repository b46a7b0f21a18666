namespace Ingest.Explorer.Data;

/// <summary>Finds a loaded document's file: the path the run was given, as given or from the working folder.</summary>
public static class DocumentFiles
{
    /// <summary>The file's full path, or null when it is no longer there.</summary>
    public static string? Locate(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Path)) return null;
        var full = Path.GetFullPath(document.Path);
        return File.Exists(full) ? full : null;
    }
}
