namespace Ingest.Core.Observations;

/// <summary>
/// Something a check found wrong or doubtful in the data (a RAG that disagrees with its numbers, a value
/// 100 times its neighbours, ...). Findings never change observations; they point at them.
/// </summary>
/// <param name="Check">Stable check name, e.g. <c>rag-vs-values</c>.</param>
/// <param name="Document">File name of the document the finding is about, when it is about one.</param>
/// <param name="Table">1-based table index in that document, with <paramref name="Row"/>, when about one row.</param>
public sealed record Finding(
    string Check,
    FindingSeverity Severity,
    string Message,
    string? Council = null,
    string? IndicatorKey = null,
    string? Period = null,
    string? Document = null,
    int? Table = null,
    int? Row = null);

public enum FindingSeverity { Info, Warning, Error }
