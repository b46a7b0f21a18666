namespace Ingest.Store;

/// <param name="Council">Empty when the document failed before its council was known.</param>
/// <param name="Status"><c>ok</c> or <c>failed</c>.</param>
public sealed record DocumentStatus(long Id, string FileName, string Council, string Status, string? Error, int Tables, int Observations);
