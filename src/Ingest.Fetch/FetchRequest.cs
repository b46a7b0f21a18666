namespace Ingest.Fetch;

/// <summary>
/// What to fetch: the committee (its exact title, else every committee whose title contains it), the
/// meeting dates (inclusive), where to save, and under which council the manifest records it.
/// <paramref name="All"/> takes every document, not only performance reporting; <paramref name="Revalidate"/>
/// asks the server whether documents already fetched have changed (a conditional request each) instead
/// of trusting the copy on disk.
/// </summary>
public sealed record FetchRequest(
    string Committee,
    DateOnly From,
    DateOnly To,
    string OutputFolder,
    string Council,
    bool All = false,
    bool Revalidate = false);
