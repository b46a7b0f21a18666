namespace Ingest.Readers.Legacy;

/// <summary>One-line reasons for the ways converting a legacy file fails, worded for the run summary.</summary>
internal static class LegacyFailure
{
    public const string NotInstalled =
        "LibreOffice is needed for .doc files: install the Debian package libreoffice-writer-nogui (make setup-full)";

    public static string TimedOut(TimeSpan timeout) =>
        $"LibreOffice did not convert the file within {timeout.TotalSeconds:0} s (it is too large or malformed)";

    public static string Failed(string detail) => "LibreOffice could not convert the file: " + detail;

    /// <summary>LibreOffice's first telling stderr line (it prints javaldx and font noise too), else the exit code.</summary>
    public static string Describe(int exitCode, IReadOnlyList<string> errors)
    {
        var line = errors.FirstOrDefault(e => e.Contains("Error", StringComparison.OrdinalIgnoreCase))
                   ?? errors.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e) && !IsNoise(e));
        return Failed(line is null ? $"no document was written (exit code {exitCode})" : Truncate(line.Trim()));
    }

    // LibreOffice complains about a missing Java on every start; that is never why a conversion failed.
    private static bool IsNoise(string line) =>
        line.Contains("javaldx", StringComparison.Ordinal) || line.StartsWith("convert ", StringComparison.Ordinal);

    private static string Truncate(string line) => line.Length <= 200 ? line : line[..200] + "...";
}
