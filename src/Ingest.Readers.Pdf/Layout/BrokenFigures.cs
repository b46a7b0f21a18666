using System.Text.RegularExpressions;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// A figure a narrow cell broke over two lines: "30,2" / "14", "134." / "5". No figure ends with a
/// thousands group or decimals begun and not finished, and the two pieces joined make a whole one, so
/// the second line goes on the first's figure rather than starting a value or a row of its own.
/// </summary>
internal static class BrokenFigures
{
    private static readonly Regex Cut = new(@"^[(\-\u2212£$€]?\d{1,3}(,\d{3})*(,\d{0,2}|\.)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Whole = new(@"^[(\-\u2212£$€]?\d{1,3}(,\d{3})*(\.\d+)?(%|k|m|bn)?\)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool Joins(string before, string after) => Cut.IsMatch(before) && Whole.IsMatch(before + after);
}
