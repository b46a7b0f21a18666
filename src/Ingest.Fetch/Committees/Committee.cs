namespace Ingest.Fetch.Committees;

/// <summary>A committee as its system lists it; <paramref name="Id"/> is the system's own key.</summary>
public sealed record Committee(string Id, string Title, bool Expired = false);
