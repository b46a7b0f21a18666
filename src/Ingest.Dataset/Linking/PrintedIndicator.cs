namespace Ingest.Dataset.Linking;

/// <summary>
/// One indicator as a report prints it, with what surrounds the name: its unit, polarity and target when
/// known, where it sits (section, row) and the values it reports by period label. Only the name is required.
/// </summary>
public sealed record PrintedIndicator(string Name)
{
    public string Unit { get; init; } = "";
    public string Polarity { get; init; } = "";
    public double? Target { get; init; }
    public string Section { get; init; } = "";
    /// <summary>Row position within its table, 0 to 1 (first to last row); null when not known.</summary>
    public double? Position { get; init; }
    /// <summary>Reported values by period label ("Q1 2023/24"); the same council's later report repeats earlier periods.</summary>
    public IReadOnlyDictionary<string, double> Values { get; init; } = new Dictionary<string, double>();
}
