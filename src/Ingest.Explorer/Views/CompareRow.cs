namespace Ingest.Explorer.Views;

/// <summary>One council's values across the compare view's periods; a null cell is a period it did not report.</summary>
public sealed record CompareRow(string Council, string CouncilTitle, string OnsCode, IReadOnlyList<ValueCell?> Cells, IReadOnlyList<string> PrintedNames);
