namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Tolerances of <see cref="LatticeFinder"/>, in points.</summary>
/// <param name="Reach">How far a line may fall short of another and still meet it.</param>
/// <param name="SameBoundary">Boundaries closer than this are one (double borders, a border drawn per cell).</param>
/// <param name="MaxGridPlaces">More grid places than any printed table has (200 rows by 200 columns): a hatch pattern, not a table.</param>
internal sealed record LatticeOptions(double Reach = 2.5, double SameBoundary = 2.5, int MaxGridPlaces = 40_000)
{
    public static readonly LatticeOptions Default = new();
}
