namespace Ingest.Fetch.Committees;

/// <summary>Which of a site's committees a name means: the one with that title, else every one whose title contains it.</summary>
public static class CommitteeMatch
{
    public static IReadOnlyList<Committee> Find(IReadOnlyList<Committee> committees, string name)
    {
        ArgumentNullException.ThrowIfNull(committees);
        var wanted = Collapse(name);
        var exact = committees.Where(c => string.Equals(Collapse(c.Title), wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        var containing = committees.Where(c => Collapse(c.Title).Contains(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (containing.Count > 0) return containing;
        var names = committees.Where(c => !c.Expired).Select(c => c.Title).Order(StringComparer.OrdinalIgnoreCase).ToList();
        throw new CommitteeNotFoundException(
            $"no committee titled \"{name}\" on this site; it has {names.Count} current: {string.Join("; ", names.Take(40))}{(names.Count > 40 ? "; …" : "")}");
    }

    // "Overview & Scrutiny" and "Overview and Scrutiny" are the same committee to a person typing its name.
    private static string Collapse(string text) =>
        string.Join(' ', text.Replace("&", "and", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
