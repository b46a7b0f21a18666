namespace Ingest.Explorer.Views;

/// <summary>
/// What an indicator is, as the catalogue defines it: its title, unit, polarity and published codes. A
/// provisional key has no catalogue entry: its title is a printed name and nothing says two councils mean the same.
/// </summary>
public sealed record IndicatorHeading(string Key, string Title, string Unit, string Polarity, IReadOnlyList<string> Codes, bool Provisional);
