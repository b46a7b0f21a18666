using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Words of one line that sit together: one cell's text, as far as the line can tell.</summary>
internal sealed partial record Chunk(List<Word> Words)
{
    public double Left => Words[0].Box.Left;
    public double Right => Words[^1].Box.Right;
    public bool IsBold => Words.All(w => w.Bold);
    public bool IsNumber => NumberLike(WordJoiner.Join(Words));

    /// <summary>Mostly digits once a currency sign, a comparison and a unit suffix are set aside: "82%", "≥62%", "£5.1m", "£619k".</summary>
    public static bool NumberLike(string text)
    {
        var figure = FigureDecoration().Replace(text.Trim(), "");
        var digits = figure.Count(char.IsDigit);
        return digits > 0 && digits >= 0.5 * figure.Count(c => !char.IsWhiteSpace(c));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[<>≤≥=]*\s*[£$€]?|(?<=\d)\s*(?:%|k|m|bn)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FigureDecoration();
}

/// <summary>A line cut into chunks.</summary>
internal sealed record ChunkedLine(TextLine Line, List<Chunk> Chunks)
{
    /// <summary>Two or more chunks, not just a list bullet and its text.</summary>
    public bool IsTabular => Chunks.Count >= 3 || Chunks.Count == 2 && !IsBullet(Chunks[0]);

    /// <summary>"•", "1.", "a)", "(ii": a list's marker; a unit wrapped under a name ("(£)", "(%)") is not one.</summary>
    private static bool IsBullet(Chunk chunk)
    {
        var text = WordJoiner.Join(chunk.Words).Trim();
        return text.Length <= 3 && (text.Length == 1 && !char.IsLetterOrDigit(text[0])
                                    || (text.EndsWith('.') || text.EndsWith(')')) && text.Any(char.IsLetterOrDigit));
    }
}
