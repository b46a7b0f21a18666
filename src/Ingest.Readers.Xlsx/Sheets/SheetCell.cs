using Ingest.Core.Tables;

namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>A cell as read from the sheet, at its 0-based sheet position, before it is placed in a table.</summary>
/// <param name="HasText">Something is displayed (not only whitespace).</param>
internal readonly record struct SheetCell(int Row, int Column, IReadOnlyList<TextRun> Runs, string? Fill, bool HasText)
{
    /// <summary>
    /// Whether the cell marks the sheet's used range: text, or a fill other than white. A fill-only
    /// cell can be a RAG status; a white fill is how people hide gridlines, not content.
    /// </summary>
    public bool IsContent => HasText || SheetFills.IsVisible(Fill);
}
