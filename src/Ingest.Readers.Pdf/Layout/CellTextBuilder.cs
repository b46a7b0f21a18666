using System.Text;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// The runs of one cell from its words: lines top to bottom joined with "\n", words with spaces,
/// formatting kept per run. A word that a narrow column forced onto two lines ("GREE" / "N") is
/// joined again, because the source had one word there: the first line holds that word alone and is
/// full to the cell's edge, and the break falls between letters or digits.
/// </summary>
internal static class CellTextBuilder
{
    public static IReadOnlyList<TextRun> Build(IReadOnlyList<Word> words, BoundingBox cell, double padding) =>
        Build([words], cell, padding, ruled: true);

    /// <param name="parts">The cell's words, then those of its continuation after a page break, if any.</param>
    /// <param name="ruled">
    /// Whether the cell's edges were drawn. An unruled cell's edges are only where its column's text
    /// reaches, so its widest line always looks full: there only a short fragment ("N", "s", "23") is
    /// taken for the end of a broken word, and "Target" / "days" stay two words.
    /// </param>
    public static IReadOnlyList<TextRun> Build(IReadOnlyList<IReadOnlyList<Word>> parts, BoundingBox cell, double padding, bool ruled = true)
    {
        var lines = parts.SelectMany(Lines).ToList();
        if (lines.Count == 0) return [];
        var runs = new RunList();
        var contentWidth = cell.Width - 2 * padding;
        var joined = new bool[lines.Count];
        for (var i = 1; i < lines.Count; i++)
            joined[i] = IsBrokenWord(lines[i - 1], lines[i], cell, padding, ruled) || IsHyphenBreak(lines[i - 1], lines[i], contentWidth);
        // A short word alone on its line that is itself the start of a broken word ("St" / "at" / "us") was a
        // piece of that word too, not the word it reads as.
        for (var i = lines.Count - 2; i >= 1; i--)
            if (!joined[i] && joined[i + 1] && lines[i].Count == 1 && IsBrokenWord(lines[i - 1], lines[i], cell, padding, ruled, anyWord: true))
                joined[i] = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > 0 && !joined[i]) runs.AppendSeparator("\n");
            for (var w = 0; w < line.Count; w++)
            {
                if (w > 0 && !line[w].Glued) runs.AppendSeparator(" ");
                runs.Append(line[w].Text, line[w].Bold, line[w].Colour);
            }
        }
        return runs.ToRuns();
    }

    /// <summary>Words in reading lines: upright text by baseline then left to right; turned text along its own direction.</summary>
    public static List<List<Word>> Lines(IReadOnlyList<Word> words)
    {
        var ordered = words
            .Select(w => (Word: w, Key: ReadingKey(w)))
            .OrderBy(w => w.Word.Angle)
            .ThenBy(w => w.Key.Across)
            .ToList();
        var lines = new List<List<(Word Word, (double Along, double Across) Key)>>();
        foreach (var item in ordered)
        {
            var current = lines.Count > 0 ? lines[^1] : null;
            if (current is null || current[0].Word.Angle != item.Word.Angle
                                || item.Key.Across - current[0].Key.Across > 0.3 * Math.Max(item.Word.Size, current[0].Word.Size))
                lines.Add([item]);
            else
                current.Add(item);
        }
        return lines.Select(l => l.OrderBy(i => i.Key.Along).Select(i => i.Word).ToList()).ToList();
    }

    /// <summary>Position along the reading direction and across it (which line), for any quarter turn.</summary>
    private static (double Along, double Across) ReadingKey(Word word) => word.Angle switch
    {
        90 => (word.Box.Top, -word.Box.Right),
        180 => (-word.Box.Right, -word.Box.Bottom),
        270 => (-word.Box.Bottom, word.Box.Left),
        _ => (word.Box.Left, word.Baseline),
    };

    /// <summary>
    /// Words that start a line on their own far more often than they end a broken word: after a full
    /// line, "survey" / "in" is two words while "Stephe" / "n" is one.
    /// </summary>
    private static readonly HashSet<string> StandaloneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "be", "but", "by", "for", "from", "if", "in", "into", "is", "no", "not",
        "of", "per", "than", "the", "to", "unless", "vs", "with",
    };

    /// <summary>
    /// A line ending in a hyphen: a compound word wrapped after its hyphen ("well-" / "being"), or a
    /// number or range too wide for the cell broken after its sign or dash ("-" / "2.30%", "2022-" / "23").
    /// </summary>
    private static bool IsHyphenBreak(List<Word> previous, List<Word> next, double contentWidth)
    {
        if (previous.Count == 0 || next.Count == 0 || previous[^1].Angle != next[0].Angle) return false;
        var text = TrailingWord(previous);
        var following = next[0].Text;
        if (text.Length == 0 || text[^1] != '-' || following.Length == 0 || !char.IsLetterOrDigit(following[0])) return false;
        if (text.Length >= 2) return char.IsLetterOrDigit(text[^2]);
        // A dash after other words ("Q2 -" / "2024/25") is a dash; a sign broken from its number is alone on its line.
        if (previous.Count > 1 && !previous[^1].Glued) return false;
        // Joined, the word would not have fitted on one line: the hyphen was where it had to break.
        return previous[^1].Box.Width + next[0].Box.Width > contentWidth;
    }

    /// <summary>The last word of a line with the pieces glued to it ("high" + "-" drawn apart).</summary>
    private static string TrailingWord(List<Word> line)
    {
        var start = line.Count - 1;
        while (start > 0 && line[start].Glued) start--;
        return string.Concat(line.Skip(start).Select(w => w.Text));
    }

    /// <param name="anyWord">Whether a word that usually stands alone ("at", "in") may be the end of a broken one.</param>
    private static bool IsBrokenWord(List<Word> previous, List<Word> next, BoundingBox cell, double padding, bool ruled, bool anyWord = false)
    {
        if (previous.Count == 0 || next.Count == 0 || previous[0].Angle != next[0].Angle) return false;
        // The previous line is one word (glued pieces count as one) that started the line.
        if (previous.Skip(1).Any(w => !w.Glued)) return false;
        var text = string.Concat(previous.Select(w => w.Text));
        var following = next[0].Text;
        // "30,2" / "14", "134." / "5": no figure ends so, and joined they are one.
        if (next.Count == 1 && BrokenFigures.Joins(text, following)) return true;
        if (!ruled && next[0].Text.Length > 3) return false;
        if (text.Length < 2 || following.Length == 0) return false;
        var last = text[^1];
        var first = following[0];
        // A word broken for lack of room breaks between letters or between digits ("GREE" / "N",
        // "2022/" / "23", "2022" / "/23"); "55.6%" / "March" or "March" / "2022" are two words.
        var sameKind = (char.IsLetter(last) || last is '\'' or '’') && (char.IsLetter(first) || first is '\'' or '’' or ')')
                       || (char.IsDigit(last) || last is '/' or '.' or ',') && (char.IsDigit(first) || first is '%' or ')')
                       || char.IsDigit(last) && first is '/' or '.' or ',' && following.Length > 1 && char.IsDigit(following[1]);
        if (!sameKind) return false;
        // "Anjana" / "Patel": a capital after a small letter starts a new word.
        if (char.IsLower(last) && char.IsUpper(following[0])) return false;
        if (!anyWord && StandaloneWords.Contains(following.TrimEnd('.', ',', ';', ':'))) return false;
        // "Q4" / "24/25": a quarter or period number is a word of its own, however full its line.
        if (text.Length <= 3 && char.IsLetter(text[0]) && text.Skip(1).All(char.IsDigit) && char.IsDigit(first)) return false;
        // ...and starts a word of its own: "RAG" / "Q2" / "2021/22".
        if (following.Length is 2 or 3 && first is 'Q' or 'H' && following.Skip(1).All(char.IsDigit)) return false;

        var angle = previous[0].Angle;
        var (start, _) = Along(previous[0], cell);
        var (end, endLength) = Along(previous[^1], cell);
        var width = end + endLength - start;
        var extent = angle is 90 or 270 ? cell.Height : cell.Width;
        var margin = angle == 0 ? padding : Math.Clamp(start, 0.5, 10);
        // Full: the next line's first character would not have fitted (its width taken as the average
        // of its word). A whole word wrapped onto the next line usually leaves more room than that;
        // when it does not, the two cannot be told apart, and joining is the better guess.
        var nextCharWidth = Along(next[0], cell).Length / Math.Max(1, following.Length);
        return extent - 2 * margin - width < nextCharWidth;
    }

    /// <summary>A word's distance from the cell's starting edge along its reading direction, and its length that way.</summary>
    private static (double Start, double Length) Along(Word word, BoundingBox cell) => word.Angle switch
    {
        90 => (word.Box.Top - cell.Top, word.Box.Height),
        180 => (cell.Right - word.Box.Right, word.Box.Width),
        270 => (cell.Bottom - word.Box.Bottom, word.Box.Height),
        _ => (word.Box.Left - cell.Left, word.Box.Width),
    };

    /// <summary>Runs with adjacent equal formatting merged; separators take the formatting before them.</summary>
    private sealed class RunList
    {
        private readonly List<(StringBuilder Text, bool Bold, string? Colour)> _runs = [];

        public void Append(string text, bool bold, string? colour)
        {
            if (_runs.Count > 0 && _runs[^1].Bold == bold && _runs[^1].Colour == colour)
                _runs[^1].Text.Append(text);
            else
                _runs.Add((new StringBuilder(text), bold, colour));
        }

        public void AppendSeparator(string separator)
        {
            if (_runs.Count > 0) _runs[^1].Text.Append(separator);
        }

        public IReadOnlyList<TextRun> ToRuns() => _runs.Select(r => new TextRun(r.Text.ToString(), r.Bold, r.Colour)).ToArray();
    }
}
