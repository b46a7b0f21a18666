using Ingest.Core.Tables;

namespace Ingest.Extraction.Tests;

/// <summary>Builds small in-memory tables the way a reader would, for testing the stages after reading.</summary>
internal sealed class TableBuilder
{
    private readonly List<TableRow> _rows = [];
    private readonly int _columns;

    public TableBuilder(int columns) => _columns = columns;

    public TableBuilder Header(params string[] texts) => Add(texts, declaredHeader: true);

    public TableBuilder Row(params string[] texts) => Add(texts, declaredHeader: false);

    public TableBuilder Section(string text, bool bold = true, string? fill = null)
    {
        var index = _rows.Count;
        _rows.Add(new TableRow(index, [new Cell(index, 0, [new TextRun(text, bold)], ColumnSpan: _columns, Fill: fill)]));
        return this;
    }

    /// <summary>A row whose cells are given explicitly (fills, colours).</summary>
    public TableBuilder Cells(params Func<int, int, Cell>[] cells)
    {
        var index = _rows.Count;
        _rows.Add(new TableRow(index, cells.Select((make, column) => make(index, column)).ToList()));
        return this;
    }

    public Table Build(int index = 1, params string[] context) => new(index, _rows, _columns, context);

    public static DocumentContent Document(string name, IReadOnlyList<string> paragraphs, params Table[] tables) =>
        new(new DocumentSource($"/tmp/{name}", name, "sha", 0, "docx"), paragraphs, tables, []);

    private TableBuilder Add(string[] texts, bool declaredHeader)
    {
        var index = _rows.Count;
        _rows.Add(new TableRow(index, texts.Select((t, c) => Cell.OfText(index, c, t, declaredHeader)).ToList(), declaredHeader));
        return this;
    }
}

internal static class Cells
{
    public static Func<int, int, Cell> Text(string text, string? fill = null) =>
        (row, column) => new Cell(row, column, [new TextRun(text)], Fill: fill);

    public static Func<int, int, Cell> Glyph(string glyph, string colour) =>
        (row, column) => new Cell(row, column, [new TextRun(glyph, Colour: colour)]);
}
