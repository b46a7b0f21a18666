namespace Ingest.Cli.Evaluation;

/// <summary>
/// A part of the README written by a test from what the code measures or prints, between two marker comments,
/// so it cannot drift; rewriting it is an explicit, reviewed step (INGEST_UPDATE_README=1).
/// </summary>
public sealed record ReadmeSection(string Name)
{
    public const string UpdateVariable = "INGEST_UPDATE_README";

    public string Begin => $"<!-- {Name}:begin (written by a test; {UpdateVariable}=1 rewrites it) -->";

    public string End => $"<!-- {Name}:end -->";

    /// <summary>The text now between the markers.</summary>
    public string Current(string readme)
    {
        var (from, to) = Bounds(readme);
        return readme[from..to];
    }

    /// <summary>The README with the text between the markers replaced by <paramref name="text"/>.</summary>
    public string Replace(string readme, string text)
    {
        var (from, to) = Bounds(readme);
        return string.Concat(readme.AsSpan(0, from), text, readme.AsSpan(to));
    }

    private (int From, int To) Bounds(string readme)
    {
        var begin = readme.IndexOf(Begin + "\n", StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin + Begin.Length + 1)
            throw new InvalidDataException($"the README has no {Name} section between {Begin} and {End}");
        return (begin + Begin.Length + 1, end);
    }
}
