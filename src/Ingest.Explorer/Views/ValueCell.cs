namespace Ingest.Explorer.Views;

/// <summary>One current value as the compare and trend views show it, with the observation it links to.</summary>
/// <param name="Revisions">How many documents reported this value's period; more than one means it was revised.</param>
public sealed record ValueCell(
    long ObservationId,
    string Period,
    double? Actual,
    double? Target,
    string Rag,
    string Dot,
    string Unit,
    string Document,
    int Revisions);
