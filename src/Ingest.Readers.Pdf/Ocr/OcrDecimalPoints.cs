using System.Text.RegularExpressions;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// A decimal point the reading lost, put back from the ink. Tesseract reads a figure's point as nothing ("72.1" as
/// "721", "4.9" as "49") or as a digit ("22.7" as "2257", "1.2" as "132"), often sure enough (seed 1919: thirteen
/// figures so misread on thirty documents), and the figure is then wrong by a factor of ten or more. The ink tells
/// them apart: the digits are blobs as tall as the figure, a point a small round blob on their baseline between two
/// of them. A figure read with no point whose ink has exactly one such blob gets its point there: after as many digits
/// as there are tall blobs before it, in place of the digit read from it when the reading has one digit more than the
/// ink has tall blobs. Anything less clear (a digit broken in two, two digits run together, a comma) is left as read.
/// </summary>
internal static partial class OcrDecimalPoints
{
    public static IReadOnlyList<OcrWord> Apply(byte[] grey, int width, int height, IReadOnlyList<OcrWord> words, double scale, ScanDecimalRules rules)
    {
        var result = words.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var word = result[i];
            if (word.Angle != 0 || Figure().Match(word.Text) is not { Success: true } match) continue;
            if (Repaired(grey, width, height, word, match, scale, rules) is { } text) result[i] = word with { Text = text };
        }
        return result;
    }

    private static string? Repaired(byte[] grey, int width, int height, OcrWord word, Match match, double scale, ScanDecimalRules rules)
    {
        if (FigureInk.Of(grey, width, height, word.Box, scale, rules.TallShare, rules.TopSlack,
                match.Groups["suffix"].Length > 0) is not { Blobs.Count: >= 3 } ink) return null;
        var (blobs, tall, size) = (ink.Blobs, ink.Digits, ink.Size);
        // Two digits run together, or a glyph no digit: the count of tall blobs says nothing.
        if (tall.Count < 2 || tall.Any(b => FigureInk.Width(b) > rules.MaxDigitWidth * size)) return null;
        var baseline = tall.Max(b => b.Bottom);
        var points = blobs.Where(b => FigureInk.IsPoint(b, size, baseline, rules)).ToList();
        if (points is not [var point]) return null;
        var before = tall.Count(b => b.Right < point.Left);
        var after = tall.Count(b => b.Left > point.Right);
        if (before == 0 || after == 0 || before + after != tall.Count) return null;
        var inked = tall.Count;

        var digits = match.Groups["digits"].Value;
        string fixedDigits;
        if (digits.Length == inked && before < digits.Length) fixedDigits = digits[..before] + "." + digits[before..];
        else if (digits.Length == inked + 1 && before + 1 < digits.Length) fixedDigits = digits[..before] + "." + digits[(before + 1)..];
        else return null;
        // A mark read after the figure ("2257,") is dropped: the point is where the ink has it.
        return match.Groups["prefix"].Value + fixedDigits + match.Groups["suffix"].Value;
    }

    /// <summary>
    /// A figure with no point or separator inside: digits, a comparison sign before them (as read: "&lt;=" for
    /// a "≤"), a "%" after, and a stray mark after all.
    /// </summary>
    [GeneratedRegex(@"^(?<prefix>(?:[<>≤≥]=?)?)(?<digits>\d{2,})(?<suffix>%?)[,.]?$")]
    private static partial Regex Figure();
}
