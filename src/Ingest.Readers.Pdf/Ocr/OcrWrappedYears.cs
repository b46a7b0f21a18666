using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// A financial year wrapped in a narrow header cell ("2023" / "/24") whose slash Tesseract read as a "1": the
/// header then ends "2023 124", names no year, and every figure of its column is lost (seed 1919's Torbay, three
/// of its seven period columns). A word of a "1" (or a letter like it) and two digits, right under a word that ends
/// in the year before those two digits, is that year's tail. Only the next year's two digits are taken: a figure
/// under a year is never read as one.
/// </summary>
internal static partial class OcrWrappedYears
{
    public static IReadOnlyList<OcrWord> Apply(IReadOnlyList<OcrWord> words) => words.Select(w => Repaired(w, words)).ToList();

    private static OcrWord Repaired(OcrWord word, IReadOnlyList<OcrWord> words)
    {
        if (word.Angle != 0 || Tail().Match(word.Text) is not { Success: true } tail) return word;
        var next = int.Parse(tail.Groups[1].Value, CultureInfo.InvariantCulture);
        var above = words.Any(w => w.Angle == 0 && Under(word, w) && Year().Match(w.Text) is { Success: true } year
                                   && (int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture) + 1) % 100 == next);
        return above ? word with { Text = "/" + tail.Groups[1].Value } : word;
    }

    /// <summary>The word is on the line right under the other: starting within one of its heights below it, sharing
    /// most of the narrower one's width.</summary>
    private static bool Under(OcrWord word, OcrWord other)
    {
        var gap = word.Box.Top - other.Box.Bottom;
        var shared = Math.Min(word.Box.Right, other.Box.Right) - Math.Max(word.Box.Left, other.Box.Left);
        return gap >= -0.3 * word.Box.Height && gap <= other.Box.Height && shared >= 0.5 * Math.Min(word.Box.Width, other.Box.Width);
    }

    [GeneratedRegex(@"^[1lI|](\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    [GeneratedRegex(@"(?:^|[-–])20(\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
