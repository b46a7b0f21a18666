using AngleSharp.Dom;
using Ingest.Core.Tables;

namespace Ingest.Readers.Html;

/// <summary>
/// Where walked content goes: the page body (blocks become paragraphs and context) or a table cell
/// (blocks become the cell's lines). Tables met on the way are handed over to be read as tables.
/// </summary>
internal sealed class FlowTarget(
    Action<IReadOnlyList<TextRun>> onBlock,
    Action<IElement, InlineFormat> onTable,
    bool imagesAsText,
    bool acceptsTables)
{
    public TextFlow Flow { get; } = new();

    /// <summary>In a cell an image's alt text stands for what it shows: RAG lights and trend arrows are often images.</summary>
    public bool ImagesAsText { get; } = imagesAsText;

    /// <summary>False when tables are already nested too deep: a further one is read as text.</summary>
    public bool AcceptsTables { get; } = acceptsTables;

    public void EndBlock()
    {
        var runs = Flow.TakeBlock();
        if (runs.Count > 0) onBlock(runs);
    }

    public void Table(IElement table, InlineFormat format)
    {
        EndBlock();
        onTable(table, format);
    }
}
