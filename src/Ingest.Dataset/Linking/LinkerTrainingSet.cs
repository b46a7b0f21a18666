using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Linking;

/// <summary>
/// Labelled pairs for the linker, drawn from the catalogue with a fixed seed. Positives: names of one key
/// (title and aliases, the corpus's twins and series as humans recorded them) and light re-spellings of a
/// name; negatives: for each name, the most alike names of other keys (NEET 16-17 against 16-19, delayed
/// transfers in days against instances) and one at random. Some pairs carry reported values, so the model
/// learns that a later report repeating an earlier one's figures for shared periods is the same measure.
/// </summary>
public static class LinkerTrainingSet
{
    private const int HardNegativesPerName = 4;

    public static IReadOnlyList<PairFeatures> Build(IndicatorCatalogue catalogue, int seed)
    {
        var random = new Random(seed);
        var names = CatalogueNames(catalogue);
        var featuriser = new PairFeaturiser(IndexOf(names));
        var sides = names.Select(n => featuriser.Prepare(n.Printed)).ToList();
        var pairs = new List<PairFeatures>();

        foreach (var group in Enumerable.Range(0, names.Count).GroupBy(i => names[i].Key))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            for (var j = i + 1; j < members.Count && j < i + 6; j++)
                pairs.Add(Labelled(sides[members[i]], sides[members[j]], true, random));
        }
        for (var i = 0; i < names.Count; i++)
        {
            foreach (var variant in Respellings(names[i].Printed.Name).Concat(Edits(names[i].Printed.Name, random)))
                pairs.Add(Labelled(sides[i], featuriser.Prepare(new PrintedIndicator(variant)), true, random));

            var hardest = Enumerable.Range(0, names.Count)
                .Where(j => names[j].Key != names[i].Key)
                .Select(j => (j, Score: sides[i].Words.Cosine(sides[j].Words) + sides[i].Chars.Cosine(sides[j].Chars)))
                .OrderByDescending(p => p.Score).ThenBy(p => p.j)
                .Take(HardNegativesPerName);
            foreach (var (j, _) in hardest)
                pairs.Add(Labelled(sides[i], featuriser.Prepare(names[j].Printed with { Unit = "", Polarity = "" }), false, random));
            var other = random.Next(names.Count);
            if (names[other].Key != names[i].Key)
                pairs.Add(Labelled(sides[i], featuriser.Prepare(names[other].Printed with { Unit = "", Polarity = "" }), false, random));
        }
        return pairs;
    }

    public static IReadOnlyList<CatalogueName> CatalogueNames(IndicatorCatalogue catalogue) =>
        catalogue.Entries
            .SelectMany(e => e.Aliases.Prepend(e.Title)
                .Where(n => !string.IsNullOrWhiteSpace(n))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(n => new CatalogueName(e.Key, new PrintedIndicator(n) { Unit = Known(e.Unit), Polarity = Known(e.Polarity) })))
            .ToList();

    // A seeded measure whose unit or polarity no source states says "unknown": no evidence either way.
    private static string Known(string value) => value == IndicatorEntry.Unknown ? "" : value;

    public static TfIdfIndex IndexOf(IEnumerable<CatalogueName> names) =>
        new(names.Select(n => IndicatorNameNormaliser.Normalise(n.Printed.Name)));

    /// <summary>Re-spellings that keep the meaning: case, "%" against "Percentage of", a unit in brackets, lost punctuation, a shortened word.</summary>
    private static IEnumerable<string> Respellings(string name)
    {
        yield return name.ToUpperInvariant().Replace(",", "", StringComparison.Ordinal);
        if (name.StartsWith("% of ", StringComparison.Ordinal)) yield return "Percentage of " + name[5..];
        else if (name.StartsWith("Percentage of ", StringComparison.OrdinalIgnoreCase)) yield return name[14..] + " (%)";
        else if (name.StartsWith("Number of ", StringComparison.OrdinalIgnoreCase)) yield return name[10..] + " (number)";
        else yield return name.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal) + ".";
        // Narrow scorecard columns shorten the longest word ("information" to "info.", "accommodation" to "accom.").
        var longest = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 7 && w.All(char.IsLetter)).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).FirstOrDefault();
        if (longest is not null) yield return name.Replace(longest, longest[..4] + ".", StringComparison.Ordinal);
    }

    /// <summary>
    /// Looser variants still of the same measure: one word (never a number) left out or replaced by an
    /// unknown word, and the words' order rotated around a comma or "within", as reports reword.
    /// </summary>
    private static IEnumerable<string> Edits(string name, Random random)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var plain = Enumerable.Range(0, words.Count).Where(i => !words[i].Any(char.IsDigit)).ToList();
        if (plain.Count < 3) yield break;
        var drop = plain[random.Next(plain.Count)];
        yield return string.Join(' ', words.Where((_, i) => i != drop));
        var replace = plain[random.Next(plain.Count)];
        yield return string.Join(' ', words.Select((w, i) => i == replace ? "zzq" + random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture) : w));
        var cut = 1 + random.Next(words.Count - 1);
        yield return string.Join(' ', words.Skip(cut).Concat(words.Take(cut)));
    }

    // A third of the pairs carry values: the same measure repeats its figures for shared periods (continuity),
    // a different one rarely does. A few same-measure pairs have names that hardly look alike: within one
    // council a repeated series alone is what ties a renamed indicator to its past.
    private static PairFeatures Labelled(PairFeaturiser.Side a, PairFeaturiser.Side b, bool same, Random random)
    {
        var features = PairFeaturiser.Features(a, b);
        var roll = random.NextDouble();
        if (roll < 0.33)
        {
            var periods = 1 + random.Next(4);
            features.SharedPeriods = periods;
            features.Continuity = same ? 1f : (random.NextDouble() < 0.1 ? 1f / periods : 0f);
        }
        else if (same && roll < 0.40)
        {
            features.CharCosine *= (float)random.NextDouble();
            features.WordCosine *= (float)random.NextDouble();
            features.SharedPeriods = 2 + random.Next(3);
            features.Continuity = 1f;
        }
        features.Label = same;
        return features;
    }
}
