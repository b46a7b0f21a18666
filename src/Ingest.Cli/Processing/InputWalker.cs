namespace Ingest.Cli.Processing;

/// <summary>
/// Expands the paths a user gives into document files. Folders are walked recursively for files that
/// look like documents; a file named explicitly is always taken, so that an unsupported one is reported.
/// Symbolic links to folders are followed once: a link back into a folder already being walked (a loop)
/// or to one already walked is skipped with a one-line reason, so a hostile tree can neither hang the
/// walk nor list a document twice.
/// </summary>
public static class InputWalker
{
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".docx", ".docm", ".doc", ".rtf", ".odt", ".pdf", ".xlsx", ".xlsm", ".xls", ".ods", ".html", ".htm",
    };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing) =>
        Expand(paths, out missing, out _);

    /// <param name="skipped">"path: reason" for folders not walked (symbolic link loops, unreadable folders).</param>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing, out IReadOnlyList<string> skipped)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        var notWalked = new List<string>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(Path.GetFullPath(path));
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                Walk(new DirectoryInfo(Path.GetFullPath(path)), found, walked, notWalked);
                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else notFound.Add(path);
        }
        missing = notFound;
        skipped = notWalked;
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Walk(DirectoryInfo folder, List<string> files, HashSet<string> walked, List<string> skipped)
    {
        // An explicit stack, not recursion: a deep tree cannot overflow it.
        var pending = new Stack<DirectoryInfo>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var real = RealPath(current);
            if (real is null)
            {
                skipped.Add($"{current.FullName}: symbolic link to a folder that cannot be resolved");
                continue;
            }
            if (!walked.Add(real))
            {
                skipped.Add(current.LinkTarget is null
                    ? $"{current.FullName}: already walked"
                    : $"{current.FullName}: symbolic link loop (points back to {real}, already walked)");
                continue;
            }
            try
            {
                foreach (var entry in current.EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = false, RecurseSubdirectories = false }))
                {
                    if (entry is DirectoryInfo directory) pending.Push(directory);
                    else if (DocumentExtensions.Contains(entry.Extension) && !entry.Name.StartsWith("~$", StringComparison.Ordinal))
                        files.Add(entry.FullName);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                skipped.Add($"{current.FullName}: cannot list the folder: {e.Message}");
            }
        }
    }

    /// <summary>The folder's path with every symbolic link resolved; null for a dangling or looping link.</summary>
    private static string? RealPath(DirectoryInfo folder)
    {
        try
        {
            // Resolving the parent first makes "a/b/../c" style link chains come out canonical.
            var parent = folder.Parent is null ? null : RealPath(folder.Parent);
            var here = parent is null ? folder.FullName : Path.Combine(parent, folder.Name);
            var target = new DirectoryInfo(here).ResolveLinkTarget(returnFinalTarget: true);
            if (target is null) return Path.TrimEndingDirectorySeparator(here);
            return target.Exists ? RealPath(new DirectoryInfo(target.FullName)) : null;
        }
        catch (IOException)
        {
            return null; // too many levels of links
        }
    }
}
