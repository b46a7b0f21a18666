using System.Text.RegularExpressions;
using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Misreadings no word is spelled with, put right on every OCR word before the table is found (scan.yaml's
/// <c>word_repairs</c>): "Ql" for "Q1" in a header leaves its column with no period, so all its figures are lost,
/// and the cell repairs of ocr.yaml come after the header is read. A repair whose result holds a space splits the
/// word there: Tesseract runs a wrapped header's last letters into the quarter after them ("Outtur" / "n Q1" read
/// "nQi"), and the header then names no quarter. Each part is boxed by its share of the word's letters, and the
/// repairs after it apply to each part.
/// </summary>
internal sealed class OcrWordRepairs(IReadOnlyList<ScanWordRepair> repairs)
{
    private readonly List<(Regex Pattern, string Replacement)> _repairs = repairs
        .Select(r => (new Regex(r.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), r.Replacement))
        .ToList();

    public IReadOnlyList<OcrWord> Apply(IReadOnlyList<OcrWord> words) =>
        _repairs.Count == 0 ? words : words.SelectMany(Repair).ToList();

    private IEnumerable<OcrWord> Repair(OcrWord word)
    {
        // A word already holding a space (two words a reading merged) is repaired word by word.
        IEnumerable<OcrWord> parts = word.Text.Contains(' ', StringComparison.Ordinal) ? Split(word, word.Text, force: true) : [word];
        foreach (var (pattern, replacement) in _repairs)
            parts = parts.SelectMany(part => Split(part, pattern.Replace(part.Text, replacement))).ToList();
        return parts;
    }

    /// <summary>The word with its repaired text: one word, or one a part between spaces, boxed by its letters' share.</summary>
    private static IEnumerable<OcrWord> Split(OcrWord word, string text, bool force = false)
    {
        if (text == word.Text && !force) return [word];
        var pieces = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length <= 1) return [Trimmed(word, text.Trim())];
        // Turned words run along their box's height; a split is only made along a line read left to right.
        if (word.Angle != 0) return [word with { Text = string.Concat(pieces) }];
        var advance = word.Box.Width / text.Length;
        var parts = new List<OcrWord>();
        var at = 0;
        foreach (var piece in pieces)
        {
            at = text.IndexOf(piece, at, StringComparison.Ordinal);
            var box = new BoundingBox(word.Box.Left + at * advance, word.Box.Top, word.Box.Left + (at + piece.Length) * advance, word.Box.Bottom);
            parts.Add(word with { Text = piece, Box = box });
            at += piece.Length;
        }
        return parts;
    }

    /// <summary>
    /// A word whose repair only cut letters off (junk "_—_" after "Q4") keeps the box of the letters left: its box
    /// reaching on over the cut letters ran it into the header beside it (seed 6868's Isles of Scilly read "Target Q4"
    /// and "Result Q4", two cells, as one).
    /// </summary>
    private static OcrWord Trimmed(OcrWord word, string text)
    {
        var at = text.Length == 0 || text.Length >= word.Text.Length || word.Angle != 0 ? -1 : word.Text.IndexOf(text, StringComparison.Ordinal);
        if (at < 0) return word with { Text = text };
        var advance = word.Box.Width / word.Text.Length;
        return word with
        {
            Text = text,
            Box = new BoundingBox(word.Box.Left + at * advance, word.Box.Top, word.Box.Left + (at + text.Length) * advance, word.Box.Bottom),
        };
    }
}
