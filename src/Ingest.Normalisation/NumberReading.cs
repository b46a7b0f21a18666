namespace Ingest.Normalisation;

/// <summary>
/// A number read from a cell, in display units (a percent row's fraction already multiplied by 100).
/// <paramref name="NumbersFound"/> counts every number-like token in the cell, years and period labels included;
/// <paramref name="Confidence"/> is 1 for a cell with one clean number (or none) and lower when the value had
/// to be picked from several.
/// </summary>
public sealed record NumberReading(decimal? Value, bool HadPercentSign, int NumbersFound, double Confidence);
