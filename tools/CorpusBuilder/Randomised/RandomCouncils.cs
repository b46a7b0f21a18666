using System.Reflection;
using Ingest.Core.Councils;

namespace CorpusBuilder.Randomised;

/// <summary>A council a random document is written for: its key, the phrase that names it, and its arrow convention if the rules hold one.</summary>
/// <param name="ArrowsShowValue">Null when extraction-rules/councils.yaml states no arrow convention for the council.</param>
/// <param name="SameGlyphs">The "no change" glyphs the council's convention lists.</param>
internal sealed record RandomCouncil(string Key, string Phrase, bool? ArrowsShowValue, IReadOnlyList<string> SameGlyphs);

internal static class RandomCouncils
{
    private const string RegisterResource = "council-register.yaml";

    /// <summary>
    /// The councils whose arrow convention extraction-rules/councils.yaml states (copied here as facts the gold
    /// files rely on, so a document with no key of its own still has one reading): Harrow's arrows show the
    /// value, the others' show performance.
    /// </summary>
    public static IReadOnlyList<RandomCouncil> WithConventions { get; } =
    [
        new("harrow", "London Borough of Harrow", true, ["↔", "→", "◄►"]),
        new("havering", "London Borough of Havering", false, ["↔", "→", "◄►"]),
        new("brent", "London Borough of Brent", false, ["↔", "→"]),
        new("kent", "Kent County Council", false, ["↔", "→"]),
    ];

    private static readonly Lazy<IReadOnlyList<RandomCouncil>> Register = new(Load);

    /// <summary>Every council of the register, named by the first phrase it lists ("Bury Council"), no convention.</summary>
    public static IReadOnlyList<RandomCouncil> All => Register.Value;

    private static IReadOnlyList<RandomCouncil> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(RegisterResource)
                           ?? throw new InvalidOperationException($"{RegisterResource} is not embedded");
        using var reader = new StreamReader(stream);
        var register = CouncilRegister.Parse(reader.ReadToEnd(), RegisterResource);
        var conventions = WithConventions.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return register.Councils
            .Where(c => c.Names.Count > 0 && !conventions.Contains(c.Key))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new RandomCouncil(c.Key, c.Names[0], null, []))
            .ToList();
    }
}
