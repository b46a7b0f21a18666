namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Tolerances of <see cref="LatticeFinder"/>, in points (<c>lattice:</c> in <c>extraction-rules/pdf-layout.yaml</c>).</summary>
public sealed record LatticeOptions
{
    /// <summary>How far a line may fall short of another and still meet it.</summary>
    public double Reach { get; init; } = 2.5;

    /// <summary>Boundaries closer than this are one (double borders, a border drawn per cell).</summary>
    public double SameBoundary { get; init; } = 2.5;

    /// <summary>More grid places than any printed table has (200 rows by 200 columns): a hatch pattern, not a table.</summary>
    public int MaxGridPlaces { get; init; } = 40_000;
}
