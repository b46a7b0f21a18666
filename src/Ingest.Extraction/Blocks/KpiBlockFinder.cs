using Ingest.Core.Tables;

namespace Ingest.Extraction.Blocks;

/// <summary>
/// Finds KPI blocks in a document's paragraphs (reading order): a title ending with a RAG word followed by a
/// values line, or both on one line. A title without a values line after it is ordinary text. Headings seen
/// before a block give its section; sentences after it, until the next block or heading, its commentary.
/// Blocks printed as boxes (small tables) are found row by row: a title row, then a values row further down
/// the same box, whatever chart rows stand between them.
/// </summary>
internal sealed class KpiBlockFinder
{
    private readonly BlockPatterns _patterns;

    public KpiBlockFinder(BlockPatterns patterns) => _patterns = patterns;

    public IReadOnlyList<KpiBlock> Find(IReadOnlyList<string> paragraphs)
    {
        var lines = paragraphs.Select(TextNormaliser.Collapse).Where(p => p.Length > 0).ToList();
        var blocks = new List<KpiBlock>();
        var heading = "";
        var commentary = new List<string>();
        var open = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Block(lines, i) is { } found)
            {
                Close();
                blocks.Add(new KpiBlock(blocks.Count + 1, found.Title.Name, found.Title.Rag, found.Title.Dot, found.Values, heading, ""));
                open = true;
                i += found.Lines - 1;
                continue;
            }
            if (IsHeading(lines[i]))
            {
                Close();
                open = false;
                heading = lines[i];
                continue;
            }
            if (open) commentary.Add(lines[i]);
        }
        Close();
        return blocks;

        // The commentary gathered since the last block belongs to it; a heading or a new block ends it.
        void Close()
        {
            if (open && commentary.Count > 0)
                blocks[^1] = blocks[^1] with { Commentary = string.Join(" ", commentary) };
            commentary.Clear();
        }
    }

    /// <summary>Blocks printed as boxes: tables in reading order, the headings before each giving the section.</summary>
    /// <param name="firstOrdinal">The ordinal of the first box's block (after the blocks found in the text).</param>
    public IReadOnlyList<KpiBlock> FindInBoxes(IReadOnlyList<Table> tables, int firstOrdinal)
    {
        var blocks = new List<KpiBlock>();
        var heading = "";
        // A box a page or a chart splits in two reads as a title-only table then a table of figures: the
        // title waits for the next figures unless a heading stands between them.
        (string Name, string Rag, string Dot)? title = null;
        foreach (var table in tables)
        {
            foreach (var line in table.Context.Select(TextNormaliser.Collapse).Where(l => l.Length > 0))
            {
                if (!IsHeading(line)) continue;
                heading = line;
                title = null;
            }
            var lines = RowLines(table).ToList();
            foreach (var line in lines)
            {
                if (ValuesLine.Read(line, _patterns) is { } values)
                {
                    if (values.Before.Length > 0) title = Title(values.Before);
                    // A box whose RAG word a scan lost is still a box when it has a target (an activity box has none):
                    // its first row is its title when it reads as one.
                    else if (title is null && !ReferenceEquals(line, lines[0]) && values.Value("target").Length > 0)
                        title = UnratedTitle(lines[0]);
                    if (title is { } t)
                        blocks.Add(new KpiBlock(firstOrdinal + blocks.Count, t.Name, t.Rag, t.Dot, values with { Before = "" }, heading, ""));
                    title = null;
                }
                else if (Title(line) is { } found) title = found;
            }
            // Only the top of a split box (its one title in its first row, chart labels at most below it)
            // lends its title to the next table: a summary table's rows also end with RAG words, under a header.
            if (lines.Count(l => Title(l) is not null) != 1 || Title(lines[0]) is null) title = null;
        }
        return blocks;
    }

    // A row read left to right as one line; a cell merged across columns is read once.
    private static IEnumerable<string> RowLines(Table table) => table.Rows
        .Select(row => TextNormaliser.Collapse(string.Join(" ", row.Cells.Where(c => !c.IsEmpty).Select(c => c.CleanText))))
        .Where(line => line.Length > 0);

    private ((string Name, string Rag, string Dot) Title, ValuesLine Values, int Lines)? Block(List<string> lines, int i)
    {
        // Title and figures on one line: the text before the first label is the title.
        if (ValuesLine.Read(lines[i], _patterns) is { Before.Length: > 0 } inline)
            return Title(inline.Before) is { } t ? (t, inline with { Before = "" }, 1) : null;
        if (i + 1 < lines.Count && Title(lines[i]) is { } title && ValuesLine.Read(lines[i + 1], _patterns) is { Before.Length: 0 } values)
            return (title, values, 2);
        return null;
    }

    private (string Name, string Rag, string Dot)? Title(string line)
    {
        if (_patterns.TitleRag?.Match(line) is not { Success: true } m) return null;
        var name = line[..m.Index].Trim().TrimEnd('-', '–', ':', '|').Trim();
        return name.Length == 0 ? null : (name, m.Groups["rag"].Value, m.Groups["dot"].Value);
    }

    private (string Name, string Rag, string Dot)? UnratedTitle(string line)
    {
        if (_patterns.UnratedTitle?.Match(line) is not { Success: true } m || ValuesLine.Read(line, _patterns) is not null) return null;
        var dot = m.Groups["dot"];
        var name = (dot.Success ? line[..dot.Index] : line).Trim();
        return name.Length == 0 ? null : (name, "", dot.Value);
    }

    private bool IsHeading(string line)
    {
        var rules = _patterns.Rules.Heading;
        return line.Length <= rules.MaxLength && !rules.SentenceEnds.Contains(line[^1])
                                             && line.Split(' ').Length <= rules.MaxWords;
    }
}
