using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>One-line reasons for the ways reading a PDF fails, worded for the run summary.</summary>
internal static class MutoolFailure
{
    public const string NotFound = "mutool not found: install the Debian package mupdf-tools (make setup)";
    public const string Encrypted = PdfFailure.Encrypted;
    public const string NotPdf = PdfFailure.NotPdf;
    public const string NoTextLayer = PdfFailure.NoTextLayer;

    public static string Damaged(string detail) => PdfFailure.Damaged(detail);

    public static string TimedOut(TimeSpan timeout) =>
        $"mutool did not finish within {timeout.TotalSeconds:0} s (the PDF is too large or malformed)";

    /// <summary>The reason for a failed mutool run, from its exit code and what it printed on stderr.</summary>
    public static string Describe(int exitCode, IReadOnlyList<string> errors)
    {
        if (errors.Any(e => e.Contains("password", StringComparison.OrdinalIgnoreCase)
                            || e.Contains("encrypt", StringComparison.OrdinalIgnoreCase)))
            return Encrypted;
        return Damaged(FirstError(errors) ?? $"mutool stopped with exit code {exitCode}");
    }

    /// <summary>mutool's first "error: ..." line without its prefix, else its first line.</summary>
    public static string? FirstError(IReadOnlyList<string> errors)
    {
        var line = errors.FirstOrDefault(e => e.StartsWith("error:", StringComparison.Ordinal))
                   ?? errors.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e) && !e.StartsWith("warning:", StringComparison.Ordinal));
        return line is null ? null : Truncate(line.StartsWith("error:", StringComparison.Ordinal) ? line[6..].Trim() : line.Trim());
    }

    private static string Truncate(string line) => line.Length <= 200 ? line : line[..200] + "...";
}
