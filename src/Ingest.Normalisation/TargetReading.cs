namespace Ingest.Normalisation;

/// <summary>A target cell read: its number (if any) and how to read it (<c>target_qualifier</c>: gt, lt, tbc, text, "" ...).</summary>
public sealed record TargetReading(decimal? Value, string Qualifier, double Confidence);
