using System.Text.RegularExpressions;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Misreadings no word is spelled with, put right on every OCR word before the table is found (scan.yaml's
/// <c>word_repairs</c>): "Ql" for "Q1" in a header leaves its column with no period, so all its figures are lost,
/// and the cell repairs of ocr.yaml come after the header is read.
/// </summary>
internal sealed class OcrWordRepairs(IReadOnlyList<ScanWordRepair> repairs)
{
    private readonly List<(Regex Pattern, string Replacement)> _repairs = repairs
        .Select(r => (new Regex(r.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), r.Replacement))
        .ToList();

    public IReadOnlyList<OcrWord> Apply(IReadOnlyList<OcrWord> words) =>
        _repairs.Count == 0 ? words : words.Select(Repair).ToList();

    private OcrWord Repair(OcrWord word)
    {
        var text = word.Text;
        foreach (var (pattern, replacement) in _repairs) text = pattern.Replace(text, replacement);
        return text == word.Text ? word : word with { Text = text };
    }
}
