namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Words too flat to hold a letter: what Tesseract makes of the ragged edge a ruling line leaves once painted out
/// on a page that is not quite level ("nN" 200 points long and a third of a point tall, "Oo", "ae", "=e" along every
/// row rule of seed 1717's Eastbourne). Standing on the rule, such a word joins the rows above and below it into
/// one line, and the table's rows fall apart. A dash is flat and real (a cell's "-" for no value), so a clearly read
/// one stays.
/// </summary>
internal static class OcrFlatWords
{
    public static IReadOnlyList<OcrWord> Drop(IReadOnlyList<OcrWord> words, ScanWordRules rules)
    {
        var kept = words.Where(w => w.Box.Height >= rules.MinHeight || IsDash(w, rules)).ToList();
        return kept.Count == words.Count ? words : kept;
    }

    private static bool IsDash(OcrWord word, ScanWordRules rules) =>
        word.Confidence >= rules.MinDashConfidence && word.Text.Length > 0 && word.Text.All(c => c is '-' or '–' or '—');
}
