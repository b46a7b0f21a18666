using Ingest.Core.Tables;

namespace Ingest.Extraction.Blocks;

/// <summary>
/// Finds KPI blocks in a document's paragraphs (reading order): a title ending with a RAG word followed by a
/// values line, or both on one line. A title without a values line after it is ordinary text. Headings seen
/// before a block give its section; sentences after it, until the next block or heading, its commentary.
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
                blocks.Add(new KpiBlock(blocks.Count + 1, found.Title, found.Rag, found.Values, heading, ""));
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

    private (string Title, string Rag, ValuesLine Values, int Lines)? Block(List<string> lines, int i)
    {
        // Title and figures on one line: the text before the first label is the title.
        if (ValuesLine.Read(lines[i], _patterns) is { Before.Length: > 0 } inline)
            return Title(inline.Before) is { } t ? (t.Name, t.Rag, inline with { Before = "" }, 1) : null;
        if (i + 1 < lines.Count && Title(lines[i]) is { } title && ValuesLine.Read(lines[i + 1], _patterns) is { Before.Length: 0 } values)
            return (title.Name, title.Rag, values, 2);
        return null;
    }

    private (string Name, string Rag)? Title(string line)
    {
        if (_patterns.TitleRag?.Match(line) is not { Success: true } m) return null;
        var name = line[..m.Index].Trim().TrimEnd('-', '–', ':', '|').Trim();
        return name.Length == 0 ? null : (name, m.Groups["rag"].Value);
    }

    private bool IsHeading(string line)
    {
        var rules = _patterns.Rules.Heading;
        return line.Length <= rules.MaxLength && !rules.SentenceEnds.Contains(line[^1])
                                             && line.Split(' ').Length <= rules.MaxWords;
    }
}
