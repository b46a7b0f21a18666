namespace Ingest.Explorer.Charts;

/// <summary>One labelled point of a chart; a null value leaves a gap in the line.</summary>
/// <param name="Link">Where a click on the point goes (the explorer's source view), or null.</param>
/// <param name="Revised">The value was reported by more than one document.</param>
public sealed record ChartPoint(string Label, double? Value, double? Target = null, string Rag = "", string? Link = null, bool Revised = false);
