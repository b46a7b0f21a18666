using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>What a finder found on a page, with its words in its cells, and the lines it left outside.</summary>
internal sealed record TableFinding(IReadOnlyList<GridTable> Tables, List<TextLine> Remaining);
