namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>The finders each extraction mode runs, in order: tabula's lattice and stream modes, and both.</summary>
internal static class TableFinders
{
    public static IReadOnlyList<ITableFinder> For(ExtractionMode mode) => mode switch
    {
        ExtractionMode.Lattice => [Lattice],
        ExtractionMode.Stream => [Stream],
        _ => [Lattice, RuledRows, Stream],
    };

    private static readonly ITableFinder Lattice = new LatticeFinder(LatticeOptions.Default);
    private static readonly ITableFinder RuledRows = new RuledRowsFinder(RuledRowsOptions.Default);
    private static readonly ITableFinder Stream = new StreamFinder(StreamOptions.Default);
}
