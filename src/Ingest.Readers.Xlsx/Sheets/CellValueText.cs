using System.Globalization;
using Ingest.Core.Tables;
using Ingest.Readers.Xlsx.Formats;
using Ingest.Readers.Xlsx.Package;
using Ingest.Readers.Xlsx.Strings;
using Ingest.Readers.Xlsx.Styles;

namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>
/// Turns a cell's stored value into the text Excel displays and the runs that carry its formatting.
/// Formula cells are read from their cached value; the reader never recalculates.
/// </summary>
internal sealed class CellValueText(CellStyles styles, SharedStringTable strings, bool date1904)
{
    private static readonly NumberFormat IsoDateOnly = NumberFormat.Parse("dd/mm/yyyy");
    private static readonly NumberFormat IsoDateTime = NumberFormat.Parse("dd/mm/yyyy hh:mm:ss");

    /// <param name="type">The c element's t attribute (null is a number).</param>
    /// <param name="value">The v element's text, or null.</param>
    /// <param name="inline">An inline string's content (t="inlineStr"), or null.</param>
    public IReadOnlyList<TextRun> Runs(string? type, string? value, RichString? inline, CellStyle style)
    {
        switch (type)
        {
            case "s":
                var index = Sml.Int(value?.Trim());
                return index is { } i && strings[i] is { } shared ? StringRuns(shared, style) : [];
            case "inlineStr":
                return inline is null ? value is null ? [] : Plain(value, style) : StringRuns(inline, style);
            case "str":
                return value is null ? [] : StringRuns(new RichString(XmlStringEscapes.Decode(value), null), style);
            case "b":
                return value is null ? [] : Plain(value.Trim() is "1" or "true" ? "TRUE" : "FALSE", style);
            case "e":
                // Errors such as #N/A are shown as their code, which is also what the scorecard printed.
                return value is null ? [] : Plain(value.Trim(), style);
            case "d":
                return value is null ? [] : IsoDate(value, style);
            default:
                if (value is null) return [];
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    return Plain(value, style);
                return Formatted(style.Format.Format(number, date1904), style);
        }
    }

    private IReadOnlyList<TextRun> IsoDate(string value, CellStyle style)
    {
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date))
            return Plain(value, style);
        var serial = ExcelDate.ToSerial(date, date1904);
        var format = style.Format.IsDate ? style.Format : date.TimeOfDay == TimeSpan.Zero ? IsoDateOnly : IsoDateTime;
        return Formatted(format.Format(serial, date1904), style);
    }

    private IReadOnlyList<TextRun> StringRuns(RichString text, CellStyle style)
    {
        if (text.Runs is null)
            return Formatted(style.Format.FormatText(text.Text), style);
        var runs = new List<TextRun>(text.Runs.Count);
        foreach (var run in text.Runs)
        {
            if (run.Text.Length == 0) continue;
            var font = run.Font ?? new FontFace(style.Bold, style.FontColour);
            // Neighbouring runs with the same look are one run to the table model.
            if (runs.Count > 0 && runs[^1].Bold == font.Bold && runs[^1].Colour == font.Colour && runs[^1].Superscript == font.Superscript)
                runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
            else
                runs.Add(new TextRun(run.Text, font.Bold, font.Colour, font.Superscript));
        }
        return runs;
    }

    private IReadOnlyList<TextRun> Formatted(FormattedText formatted, CellStyle style) =>
        formatted.Text.Length == 0
            ? []
            : [new TextRun(formatted.Text, style.Bold, styles.FormatColour(formatted.Colour) ?? style.FontColour)];

    private static IReadOnlyList<TextRun> Plain(string text, CellStyle style) =>
        text.Length == 0 ? [] : [new TextRun(text, style.Bold, style.FontColour)];
}
