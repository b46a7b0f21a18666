using System.Globalization;
using System.Text;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// The README's accuracy tables, written from a fresh `ingest eval` of the corpus so the published figures are
/// the measured ones: rows by format (scans apart from digital PDFs), rows by layout, and the totals.
/// </summary>
public static class ReadmeAccuracy
{
    public static readonly ReadmeSection Section = new("accuracy");

    private const string ScannedFolder = "scanned";

    public static string Render(EvaluationReport report, Func<string, string> layoutOf)
    {
        var text = new StringBuilder();
        text.Append("| format | documents | expected rows | extracted | row precision | row recall | lowest field |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var group in report.Documents.GroupBy(FormatOf).OrderBy(g => FormatOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var total = EvaluationReport.Combine(group.Key, group.ToList());
            text.Append(CultureInfo.InvariantCulture,
                $"| {group.Key} | {group.Count()} | {total.Expected} | {total.Extracted} | {F(total.Precision)} | {F(total.Recall)} | {Lowest(total)} |\n");
        }
        text.Append('\n');
        text.Append("| layout | expected rows | F1 |\n");
        text.Append("|---|---|---|\n");
        foreach (var layout in report.Documents
                     .GroupBy(d => IsScan(d) ? "scans of the layouts above (OCR)" : layoutOf(d.Document))
                     .Select(g => EvaluationReport.Combine(g.Key, g.ToList()))
                     .OrderByDescending(l => l.Expected).ThenBy(l => l.Document, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"| {layout.Document} | {layout.Expected} | {F(layout.F1)} |\n");
        text.Append('\n');
        var all = report.Total;
        var actions = report.ActionsTotal;
        text.Append(CultureInfo.InvariantCulture,
            $"In all: {report.Documents.Count} documents, {all.Matched} of {all.Expected} expected rows extracted and matched, " +
            $"{all.Extracted - all.Matched} extra rows; fields: {Fields(all)}. ");
        text.Append(CultureInfo.InvariantCulture,
            $"Actions: {actions.Matched} of {actions.Expected} matched, {actions.Extracted - actions.Matched} extra; fields: {Fields(actions)}.\n");
        return text.ToString();
    }

    // A scan is a PDF read another way (OCR), so it is reported apart from the digital PDFs.
    private static string FormatOf(DocumentEvaluation document)
    {
        var extension = Path.GetExtension(document.Document).TrimStart('.').ToLowerInvariant();
        if (extension == "pdf") return IsScan(document) ? "pdf, scanned (OCR)" : "pdf, digital";
        return extension;
    }

    private static bool IsScan(DocumentEvaluation document) =>
        Path.GetFileName(Path.GetDirectoryName(document.Document)) == ScannedFolder;

    private static int FormatOrder(string format) => format switch
    {
        "docx" => 0,
        "xlsx" => 1,
        "html" => 2,
        "doc" or "odt" or "rtf" => 3,
        "pdf, digital" => 4,
        _ => 5,
    };

    private static string Lowest(DocumentEvaluation total) =>
        total.Fields.Where(f => f.Compared > 0).OrderBy(f => f.Accuracy).ThenBy(f => f.Field, StringComparer.Ordinal).FirstOrDefault() switch
        {
            null => "-",
            { Accuracy: 1.0 } => "1.000 (every field)",
            var lowest => $"{lowest.Field} {F(lowest.Accuracy)}",
        };

    private static string Fields(DocumentEvaluation total)
    {
        var below = total.Fields.Where(f => f.Accuracy < 1.0).OrderBy(f => f.Field, StringComparer.Ordinal).ToList();
        var perfect = total.Fields.Count - below.Count;
        var parts = below.Select(f => $"{f.Field} {F(f.Accuracy)} ({f.Correct}/{f.Compared})").ToList();
        return parts.Count == 0 ? $"all {perfect} at 1.000" : $"{perfect} at 1.000, " + string.Join(", ", parts);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
