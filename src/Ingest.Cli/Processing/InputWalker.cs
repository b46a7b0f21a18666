namespace Ingest.Cli.Processing;

/// <summary>
/// Expands the paths a user gives into document files. Folders are walked recursively for files that
/// look like documents; a file named explicitly is always taken, so that an unsupported one is reported.
/// </summary>
public static class InputWalker
{
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".docx", ".docm", ".doc", ".rtf", ".odt", ".pdf", ".xlsx", ".xlsm", ".xls", ".ods", ".html", ".htm",
    };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(Path.GetFullPath(path));
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            else notFound.Add(path);
        }
        missing = notFound;
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
