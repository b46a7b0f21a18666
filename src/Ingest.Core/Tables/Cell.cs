namespace Ingest.Core.Tables;

/// <summary>
/// One cell of a table, placed on the table's grid. A merged cell appears once, at its top-left
/// grid position, with its spans; the positions it covers hold no cell of their own.
/// </summary>
/// <param name="Fill">Background colour as upper-case <c>RRGGBB</c>, or null when none.</param>
/// <param name="Confidence">How sure the reader is of the text, 0-1: OCR sets it from word confidences;
/// null means the text came from a digital text layer.</param>
public sealed record Cell(
    int Row,
    int Column,
    IReadOnlyList<TextRun> Runs,
    int RowSpan = 1,
    int ColumnSpan = 1,
    string? Fill = null,
    int? Page = null,
    BoundingBox? Box = null,
    double? Confidence = null)
{
    /// <summary>The cell's text: runs joined, line breaks kept as '\n'.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>Whitespace (including line breaks) collapsed to single spaces and trimmed.</summary>
    public string CleanText => TextNormaliser.Collapse(Text);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>True when every run that carries visible text is bold.</summary>
    public bool IsBold => Runs.Any(r => !string.IsNullOrWhiteSpace(r.Text))
                          && Runs.Where(r => !string.IsNullOrWhiteSpace(r.Text)).All(r => r.Bold);

    /// <summary>The colour of the visible text when all of it has one explicit colour, else null.</summary>
    public string? FontColour
    {
        get
        {
            var colours = Runs.Where(r => !string.IsNullOrWhiteSpace(r.Text)).Select(r => r.Colour).Distinct().ToList();
            return colours.Count == 1 ? colours[0] : null;
        }
    }

    public static Cell OfText(int row, int column, string text, bool bold = false) =>
        new(row, column, [new TextRun(text, bold)]);
}
