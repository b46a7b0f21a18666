namespace Ingest.Fetch.Committees;

/// <summary>One meeting of a committee. <paramref name="Status"/> is the system's word ("Confirmed", "Cancelled").</summary>
public sealed record Meeting(string Id, Committee Committee, DateOnly Date, string Status)
{
    public bool IsCancelled => Status.Contains("cancel", StringComparison.OrdinalIgnoreCase);
}
