using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Words the reading misspelled, put right against Tesseract's own word list (<see cref="OcrLexicon"/>): a ligature
/// read as other letters costs matched rows in every sample of scans ("traffic" read "trairic" or "traitic", the
/// "ff" one glyph). A word the list does not hold becomes the one word of the list that the rules' confusions make
/// of it. A word space a letter out is not mended here: with some 340,000 words, many of them rare, the list has a
/// pair for almost any split ("of siai" made "ofs iai"). When there is no such word, or more than one, the word is
/// left as read: a name the list does not know stays itself, and so does the piece of a word wrapped in a narrow
/// header ("Ratin" / "g": "Ratin" was made "Raffin").
/// </summary>
internal sealed class OcrSpelling(OcrLexicon lexicon, ScanSpellingRules rules)
{
    private readonly IReadOnlyList<(string Read, string Meant)> _confusions =
        rules.Confusions.Where(c => c.Read.Length > 0).Select(c => (c.Read, c.Meant)).ToList();

    // A chart's line under a word is read as a "_" or "{" before it.
    private const string Leading = "(\"'“‘[{_";
    private const string Trailing = ")\"'”’]},.;:!?";

    public IReadOnlyList<OcrWord> Apply(IReadOnlyList<OcrWord> words) => [.. words.Select(Corrected)];

    private OcrWord Corrected(OcrWord word)
    {
        if (word.Angle != 0 || Split(word.Text) is not var (lead, core, trail) || core.Length < rules.MinLength || lexicon.Contains(core)
            || core.All(char.IsUpper) || lexicon.IsPieceOfWord(core))
            return word;
        var found = Variants(core.ToLowerInvariant()).Where(lexicon.Contains).Distinct().Take(2).ToList();
        return found is [var meant] ? word with { Text = lead + CaseOf(core, meant) + trail } : word;
    }

    /// <summary>Every spelling the confusions make of <paramref name="word"/>, up to the rules' number of edits.</summary>
    private HashSet<string> Variants(string word)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new List<string> { word };
        for (var edit = 0; edit < rules.MaxEdits; edit++)
        {
            var next = new List<string>();
            foreach (var spelling in frontier)
            foreach (var (read, meant) in _confusions)
            {
                for (var at = spelling.IndexOf(read, StringComparison.Ordinal); at >= 0; at = spelling.IndexOf(read, at + 1, StringComparison.Ordinal))
                {
                    var variant = string.Concat(spelling.AsSpan(0, at), meant, spelling.AsSpan(at + read.Length));
                    if (variant != word && seen.Add(variant)) next.Add(variant);
                }
            }
            frontier = next;
        }
        return seen;
    }

    /// <summary>The word's letters between leading and trailing marks, or null when they are not letters only.</summary>
    private static (string Lead, string Core, string Trail)? Split(string text)
    {
        var start = 0;
        while (start < text.Length && Leading.Contains(text[start], StringComparison.Ordinal)) start++;
        var end = text.Length;
        while (end > start && Trailing.Contains(text[end - 1], StringComparison.Ordinal)) end--;
        var core = text[start..end];
        return core.Length > 0 && core.All(char.IsLetter) ? (text[..start], core, text[end..]) : null;
    }

    private static string CaseOf(string read, string meant) =>
        char.IsUpper(read[0]) ? char.ToUpperInvariant(meant[0]) + meant[1..] : meant;
}
