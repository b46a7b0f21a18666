namespace Ingest.Explorer.Views;

/// <summary>
/// One indicator, councils x periods. <paramref name="Caveats"/> says where the councils' figures may not be
/// comparable (units, polarities or printed names that differ, a provisional key); <paramref name="Missing"/> lists
/// the councils asked for that report nothing for it.
/// </summary>
public sealed record CompareView(
    IndicatorHeading Indicator,
    string? Group,
    string? GroupTitle,
    IReadOnlyList<string> Periods,
    IReadOnlyList<CompareRow> Rows,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<string> Missing);
