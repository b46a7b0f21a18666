namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>The finders each extraction mode runs, in order: tabula's lattice and stream modes, and both.</summary>
internal static class TableFinders
{
    public static IReadOnlyList<ITableFinder> For(ExtractionMode mode, PdfLayoutRules rules) => mode switch
    {
        ExtractionMode.Lattice => [new LatticeFinder(rules.Lattice)],
        ExtractionMode.Stream => [new StreamFinder(rules.Stream)],
        _ => [new LatticeFinder(rules.Lattice), new RuledRowsFinder(rules.RuledRows), new StreamFinder(rules.Stream)],
    };
}
