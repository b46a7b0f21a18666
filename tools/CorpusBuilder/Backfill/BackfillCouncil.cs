namespace CorpusBuilder.Backfill;

/// <summary>A council the synthetic backfill writes reports for.</summary>
/// <param name="InRules">Already in extraction-rules/councils.yaml; the others are added to the backfill's copy of the rules.</param>
public sealed record BackfillCouncil(string Key, string Name, bool InRules)
{
    public string Title => $"London Borough of {Name}";

    public static readonly IReadOnlyList<BackfillCouncil> All =
    [
        new("harrow", "Harrow", true), new("havering", "Havering", true), new("brent", "Brent", true),
        new("barnet", "Barnet", false), new("camden", "Camden", false), new("ealing", "Ealing", false),
        new("enfield", "Enfield", false), new("hounslow", "Hounslow", false), new("redbridge", "Redbridge", false),
        new("sutton", "Sutton", false),
    ];
}
