using System.Text.RegularExpressions;
using Ingest.Core.Text;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Running headers, footers and page numbers: text in the top or bottom band of the page that recurs
/// at the same place on most pages (digits aside, so "Page 3 of 54" recurs), or that reads as a page
/// number. They are neither table rows nor body text; their distinct texts are kept once, the way
/// the Word reader reports a document's header and footer parts.
/// </summary>
internal sealed partial class PageFurniture
{
    private readonly HashSet<TextLine> _lines = new(ReferenceEqualityComparer.Instance);

    private PageFurniture(List<string> texts) => Texts = texts;

    /// <summary>Distinct header and footer texts in order of first appearance, page numbers left out.</summary>
    public IReadOnlyList<string> Texts { get; }

    public bool Contains(TextLine line) => _lines.Contains(line);

    public static PageFurniture Find(IReadOnlyList<(int Page, double Height, IReadOnlyList<TextLine> Lines)> pages, Finders.PageFurnitureOptions options)
    {
        var band = options.Band;
        var counts = new Dictionary<(string Text, int Top), HashSet<int>>();
        foreach (var (page, height, lines) in pages)
            foreach (var line in lines.Where(l => InBand(l, height, band)))
                foreach (var key in Keys(line))
                {
                    if (!counts.TryGetValue(key, out var seen)) counts[key] = seen = [];
                    seen.Add(page);
                }

        var needed = Math.Max(2, (int)Math.Ceiling(pages.Count * options.RecurringShare));
        // The pages with the text at the place, or with one a letter or two from it: a scan misreads a digit as a
        // letter ("Page 3 of S" under "Page 1 of 5"), which the digits' generalising does not cover.
        HashSet<int> PagesNear((string Text, int Top) key) =>
        [
            .. counts.Where(c => c.Key.Top == key.Top && (c.Key.Text == key.Text
                                                          || key.Text.Length >= options.MinMisreadLength && EditDistance.Between(c.Key.Text, key.Text) <= options.MaxMisreadLetters))
                .SelectMany(c => c.Value),
        ];
        var texts = new List<string>();
        var furniture = new PageFurniture(texts);
        var general = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (page, height, lines) in pages)
            foreach (var line in lines.Where(l => InBand(l, height, band)))
            {
                var text = line.Text.Trim();
                var isPageNumber = PageNumber().IsMatch(text);
                // A table's header the printer repeats at the top of each page it goes on to recurs too, in
                // bold; a running header in bold is furniture only when it is on every page.
                var recurs = line.IsBold ? pages.Count >= 2 && Keys(line).Any(k => counts[k].Count == pages.Count) : Keys(line).Any(k => PagesNear(k).Count >= needed);
                if (!isPageNumber && !recurs) continue;
                furniture._lines.Add(line);
                if (!isPageNumber && general.Add(Digits().Replace(text, "#"))) texts.Add(text);
            }
        return furniture;
    }

    /// <summary>"Page 3 of 54", "- 3 -", "p. 3": a line that is only a page number.</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    private static bool InBand(TextLine line, double height, double band) => line.Box.Bottom < height * band || line.Box.Top > height * (1 - band);

    /// <summary>
    /// The text with digits generalised and spaces dropped (a scan reads "Page 1 of2" on one page, "Page 2 of 2" on the
    /// next), at its position rounded both ways so near misses still meet.
    /// </summary>
    private static IEnumerable<(string, int)> Keys(TextLine line)
    {
        var text = Spaces().Replace(Digits().Replace(line.Text.Trim(), "#"), "");
        yield return (text, (int)Math.Floor(line.Box.Top / 4));
        yield return (text, (int)Math.Floor((line.Box.Top + 2) / 4) + 100000);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:page|p\.?)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
