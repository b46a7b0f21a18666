namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>A seed row placed in the Word table, with the section it falls under.</summary>
/// <param name="TableRow">1-based row index in the Word table, header rows included.</param>
/// <param name="IndicatorOrdinal">1-based count of indicator rows so far (0 for other rows).</param>
/// <param name="IsFirstHeader">The header row at the top, marked "repeat as header row"; later header rows are page-break repeats.</param>
internal sealed record LaidOutRow(
    int TableRow,
    SeedRow Seed,
    string Priority,
    string Objective,
    int IndicatorOrdinal,
    bool IsFirstHeader)
{
    public SeedRowKind Kind => Seed.Kind;

    /// <summary>The contract's section path: priority, then objective.</summary>
    public string Section => Objective.Length == 0 ? Priority : $"{Priority} > {Objective}";
}

internal static class ScorecardLayout
{
    /// <summary>Every seed row becomes one table row, in seed order.</summary>
    public static IReadOnlyList<LaidOutRow> Place(IReadOnlyList<SeedRow> rows)
    {
        var placed = new List<LaidOutRow>();
        string priority = "", objective = "";
        var ordinal = 0;
        var seenHeader = false;
        foreach (var row in rows)
        {
            switch (row.Kind)
            {
                case SeedRowKind.Priority:
                    priority = row[0].Clean;
                    objective = "";
                    break;
                case SeedRowKind.Objective:
                    objective = row[0].Clean;
                    break;
                case SeedRowKind.Indicator:
                    ordinal++;
                    break;
            }
            var firstHeader = row.Kind == SeedRowKind.Header && !seenHeader;
            if (row.Kind == SeedRowKind.Header) seenHeader = true;
            placed.Add(new LaidOutRow(placed.Count + 1, row, priority, objective,
                row.Kind == SeedRowKind.Indicator ? ordinal : 0, firstHeader));
        }
        return placed;
    }
}
