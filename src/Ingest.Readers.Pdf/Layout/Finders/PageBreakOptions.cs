namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>How a table goes on over a page break (<c>page_breaks:</c> in <c>extraction-rules/pdf-layout.yaml</c>).</summary>
public sealed record PageBreakOptions
{
    /// <summary>More plain lines than this at a page's top are text of their own, not the end of a row the break cut.</summary>
    public int RowTailLines { get; init; } = 3;

    /// <summary>Rows alone atop the next page that join the table before: fewer than make a table of their own.</summary>
    public int LastRows { get; init; } = 2;

    /// <summary>How far a ruled table's column edges may move between the pages it is printed on.</summary>
    public double RuledEdgeTolerance { get; init; } = 3;

    /// <summary>...and an unruled table's, whose edges are only where its longest texts end.</summary>
    public double UnruledEdgeTolerance { get; init; } = 12;
}
