namespace Ingest.Explorer.Views;

/// <summary>A check's finding as listed; <paramref name="FromDocumentCheck"/> tells a check run at load from a dataset check.</summary>
public sealed record FindingView(
    string Check,
    string Severity,
    string Message,
    string? Council,
    string? IndicatorKey,
    string? Period,
    string? Document,
    int? Table,
    int? Row,
    bool FromDocumentCheck);
