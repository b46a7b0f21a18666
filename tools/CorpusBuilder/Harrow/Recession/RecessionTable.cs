using CorpusBuilder.Report;
using CorpusBuilder.Script;

namespace CorpusBuilder.Harrow.Recession;

/// <summary>One row of "Mitigating the Impact of the Recession": a monthly count per column, then RAG and direction.</summary>
/// <param name="Polarity">"↓": fewer is better for all four indicators.</param>
/// <param name="Values">One cell per month column, as printed.</param>
/// <param name="Rag">LG or LR (local green / local red).</param>
/// <param name="Direction">Harrow's arrow shows the value's direction: ↓ the count fell since the month before.</param>
internal sealed record RecessionLine(string Indicator, string Polarity, IReadOnlyList<string> Values, string Rag, string Direction);

/// <summary>The table as printed: Indicator | Polarity | one column per month (no year) | RAG | Direction of Travel.</summary>
internal sealed record RecessionTable(IReadOnlyList<string> Months, IReadOnlyList<RecessionLine> Lines)
{
    public static readonly int[] Widths = [2326, 700, 1000, 1000, 1000, 1000, 700, 1300];

    /// <summary>Reads the table from its transcription, checking it is the layout this class draws.</summary>
    public static RecessionTable FromBlock(GenericTableBlock block)
    {
        var header = block.Rows[0].Select(c => c.Text).ToList();
        if (header.Count != Widths.Length || header[0] != "Indicator" || header[1] != "Polarity" || header[^2] != "RAG"
            || header[^1] != "Direction of Travel" || !block.Widths.SequenceEqual(Widths))
            throw new InvalidDataException($"script line {block.Line}: not the recession table layout");
        var lines = block.Rows.Skip(1).Select(r => new RecessionLine(r[0].Text, r[1].Text, r.Skip(2).Take(4).Select(c => c.Text).ToList(), r[6].Text, r[7].Text)).ToList();
        return new RecessionTable(header.Skip(2).Take(4).ToList(), lines);
    }

    /// <summary>Drawn as the transcription's generic table draws it: a bold header row that repeats, plain rows.</summary>
    public GridTable ToGrid()
    {
        GridCell Head(string text) => GridCell.Text(text, bold: true);
        var rows = new List<GridRow>
        {
            new([Head("Indicator"), Head("Polarity"), .. Months.Select(Head), Head("RAG"), Head("Direction of Travel")], RepeatAsHeader: true, IsHeader: true),
        };
        rows.AddRange(Lines.Select(l => new GridRow(
            [GridCell.Text(l.Indicator), GridCell.Text(l.Polarity), .. l.Values.Select(v => GridCell.Text(v)), GridCell.Text(l.Rag), GridCell.Text(l.Direction)])));
        return new GridTable(Widths, rows).Checked();
    }
}
