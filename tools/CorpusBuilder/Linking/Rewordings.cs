using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusBuilder.Linking;

/// <summary>
/// Generates held-out indicator names from catalogue names with a seed: the ways real reports re-print a
/// measure (Brent's "% of FOI requests answered within 20 working days" became "Freedom of Information
/// requests completed within 20 working days (%)"): abbreviations and their expansions, synonyms, the
/// percentage moved to a unit suffix, clauses reordered, units and reference codes added, case changed.
/// None of these changes the measure. Nothing here is tuned to the matcher; the linker never sees these.
/// </summary>
public static partial class Rewordings
{
    private static readonly (string From, string To)[] Swaps =
    [
        ("Freedom of Information", "FOI"), ("FOI", "Freedom of Information"), ("anti-social behaviour", "ASB"), ("ASB", "anti-social behaviour"),
        ("number of", "No. of"), ("No. of", "Number of"), ("average", "avg."), ("percentage", "%"), ("and", "&"),
        ("answered", "completed"), ("completed", "finished"), ("responded to", "answered"), ("resolved", "closed"),
        ("residents", "people"), ("received", "logged"), ("within", "in"), ("months", "mths"), ("population", "pop."),
        ("Education, Health and Care", "EHC"), ("council tax", "Council Tax"), ("households", "homes"),
    ];

    private static readonly string[] CodeStyles = ["KPI {0:00} - ", "PI{0} ", "CP{0}.{1} ", "[{0:000}] ", "{0}.{1} "];

    public static IReadOnlyList<Rewording> Generate(IReadOnlyList<(string Key, string Name, string Unit)> names, int seed, int count, int changesPerName)
    {
        var random = new Random(seed);
        var result = new List<Rewording>();
        var order = names.Select((n, i) => (n, Sort: random.Next())).OrderBy(p => p.Sort).Select(p => p.n).ToList();
        foreach (var (key, name, unit) in order)
        {
            if (result.Count == count) break;
            var text = name;
            var applied = new List<string>();
            foreach (var change in Changes.OrderBy(_ => random.Next()))
            {
                if (applied.Count == changesPerName) break;
                var changed = change.Apply(text, unit, random);
                if (changed is null || changed == text) continue;
                text = changed;
                applied.Add(change.Name);
            }
            if (applied.Count > 0 && !string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
                result.Add(new Rewording(key, name, text, string.Join("+", applied)));
        }
        return result;
    }

    private sealed record Change(string Name, Func<string, string, Random, string?> Apply);

    private static readonly Change[] Changes =
    [
        new("swap", Swap),
        new("swap", Swap),
        new("percent-suffix", (t, _, _) => PercentPrefix().Match(t) is { Success: true } m ? Capital(t[m.Length..]) + " (%)" : null),
        new("reorder", (t, _, _) => Clause().Match(t) is { Success: true } m
            ? Capital(m.Groups["clause"].Value.Trim()) + ": " + Lower(t[..m.Index].Trim()) + m.Groups["rest"].Value : null),
        new("unit", (t, unit, _) => t.EndsWith(')') ? null : unit switch
        {
            "percent" when !t.Contains('%') => t + " (%)",
            "days" => t + " (days)",
            "count" => t + " (no.)",
            "rate" => t + " (rate)",
            _ => null,
        }),
        new("code", (t, _, r) => string.Format(CultureInfo.InvariantCulture, CodeStyles[r.Next(CodeStyles.Length)], 1 + r.Next(40), 1 + r.Next(9)) + t),
        new("case", (t, _, r) => r.Next(2) == 0 ? t.ToUpperInvariant() : t.ToLowerInvariant()),
    ];

    private static string? Swap(string text, string unit, Random random)
    {
        var usable = Swaps.Where(s => Regex.IsMatch(text, $@"(?<![\w]){Regex.Escape(s.From)}(?![\w])", RegexOptions.IgnoreCase)).ToList();
        if (usable.Count == 0) return null;
        var (from, to) = usable[random.Next(usable.Count)];
        return Regex.Replace(text, $@"(?<![\w]){Regex.Escape(from)}(?![\w])", to, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) => text.Length > 1 && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    [GeneratedRegex(@"^\s*(?:%|percentage|proportion|percent)\s+of\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PercentPrefix();

    [GeneratedRegex(@"\s(?<clause>(?:within|in under|per)\s+[\d,]+\s+[^(,]*?)(?<rest>\s*\(.*\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();
}
