namespace Ingest.Core.Observations;

/// <summary>
/// One action from a status-only list (Flagship Actions): not an indicator, so it has no values,
/// only a status. Columns in docs/dataset.md, "Actions".
/// </summary>
public sealed record ActionItem
{
    public static readonly IReadOnlyList<string> ColumnNames =
        ["council", "document", "table", "row", "period_label", "section", "text", "status"];

    public required string Council { get; init; }
    public required string Document { get; init; }
    public int Table { get; init; }
    public int Row { get; init; }
    public string PeriodLabel { get; init; } = "";
    public string Section { get; init; } = "";
    public required string Text { get; init; }
    public required string Status { get; init; }

    public IReadOnlyList<string> Values() =>
    [
        Council, Document, Table.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Row.ToString(System.Globalization.CultureInfo.InvariantCulture), PeriodLabel, Section, Text, Status,
    ];
}
