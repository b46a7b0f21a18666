using System.Globalization;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// Pages to read, written as tabula and mutool write them: "1,3-5", "7-" (to the end). 1-based.
/// </summary>
public sealed record PageSelection
{
    private readonly IReadOnlyList<(int First, int? Last)> _ranges;

    private PageSelection(IReadOnlyList<(int First, int? Last)> ranges) => _ranges = ranges;

    public static PageSelection Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranges = new List<(int, int?)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                var page = Number(part, text);
                ranges.Add((page, page));
                continue;
            }
            var first = Number(part[..dash].Trim(), text);
            var lastText = part[(dash + 1)..].Trim();
            int? last = lastText.Length == 0 ? null : Number(lastText, text);
            if (last < first) throw new FormatException($"page range '{part}' runs backwards in '{text}'");
            ranges.Add((first, last));
        }
        if (ranges.Count == 0) throw new FormatException($"no pages in '{text}'");
        return new PageSelection(ranges);
    }

    public bool Contains(int page) => _ranges.Any(r => page >= r.First && (r.Last is null || page <= r.Last));

    /// <summary>The selection in mutool's page-range syntax ("N" is the last page).</summary>
    public string ToMutoolArgument() => string.Join(",", _ranges.Select(r =>
        r.Last == r.First ? Format(r.First) : $"{Format(r.First)}-{(r.Last is { } last ? Format(last) : "N")}"));

    public override string ToString() => string.Join(",", _ranges.Select(r =>
        r.Last == r.First ? Format(r.First) : $"{Format(r.First)}-{(r.Last is { } last ? Format(last) : "")}"));

    private static int Number(string part, string whole) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? page
            : throw new FormatException($"'{part}' is not a page number in '{whole}'");

    private static string Format(int page) => page.ToString(CultureInfo.InvariantCulture);
}
