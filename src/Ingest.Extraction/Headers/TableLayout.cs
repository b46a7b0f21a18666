using Ingest.Core.Observations;

namespace Ingest.Extraction.Headers;

/// <summary>What one column means: its field, and the period its values belong to when the header names one.</summary>
public sealed record ColumnRole(int Column, ColumnField Field, Period? Period, string Header);

/// <summary>The target, actual and RAG columns of one period (any may be missing).</summary>
public sealed record PeriodGroup(Period Period, int? Target, int? Actual, int? Rag);

/// <summary>
/// The understood header of a scorecard table: which rows are header rows, what each column means,
/// and the period groups. The latest group is the reporting period of the table.
/// </summary>
public sealed record TableLayout(
    int FirstDataRow,
    IReadOnlyList<IReadOnlyList<string>> HeaderSignatures,
    IReadOnlyList<ColumnRole> Columns,
    IReadOnlyList<PeriodGroup> Groups)
{
    public int? ColumnOf(ColumnField field) => Columns.FirstOrDefault(c => c.Field == field)?.Column;

    public ColumnRole? RoleOf(int column) => Columns.FirstOrDefault(c => c.Column == column);

    /// <summary>
    /// The reporting period: the latest group that reports an actual (an annual target for the whole year
    /// ends later than the quarter being reported, but it is not what the table reports on).
    /// </summary>
    public PeriodGroup Latest =>
        (Groups.Any(g => g.Actual is not null) ? Groups.Where(g => g.Actual is not null) : Groups).MaxBy(g => g.Period.End)!;
}
