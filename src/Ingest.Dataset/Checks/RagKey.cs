using System.Globalization;
using Ingest.Core.Observations;

namespace Ingest.Dataset.Checks;

/// <summary>
/// The RAG key that applies to an observation (its council's rule for its period, else the default rule) and
/// the RAGs that key allows for a target and an actual.
/// </summary>
public sealed class RagKey
{
    private readonly IReadOnlyList<(RagToleranceRule Rule, DateOnly? From, DateOnly? To)> _rules;

    public RagKey(IEnumerable<RagToleranceRule> rules)
    {
        _rules = rules.Select(r => (r, Date(r.From, r), Date(r.To, r))).ToList();
        foreach (var (rule, _, _) in _rules)
        {
            foreach (var measure in rule.Measures)
                if (measure is not ("relative" or "points"))
                    throw new InvalidDataException($"{CheckRules.FileName}, rag_tolerances ({rule.Council}): measure '{measure}' is not relative or points");
            foreach (var rag in rule.AtTarget.Concat(rule.OnMiss))
                if (!VocabularyNames.TryParse<Rag>(rag, out _))
                    throw new InvalidDataException($"{CheckRules.FileName}, rag_tolerances ({rule.Council}): at_target/on_miss '{rag}' is no RAG");
        }
    }

    public RagToleranceRule? RuleFor(string council, Period period)
    {
        foreach (var (rule, from, to) in _rules)
        {
            if (rule.Council != "*" && !string.Equals(rule.Council, council, StringComparison.OrdinalIgnoreCase)) continue;
            if (from is { } f && period.Start < f) continue;
            if (to is { } t && period.Start > t) continue;
            return rule;
        }
        return null;
    }

    /// <summary>
    /// The RAGs the rule allows, or null when the observation cannot be judged: no numeric target and actual,
    /// a target that is not a plain threshold, or no known direction.
    /// </summary>
    public static RagVerdict? Judge(Observation o, RagToleranceRule rule)
    {
        if (o.Target is not { } target || o.Actual is not { } actual) return null;
        bool higherIsBetter;
        switch (o.TargetQualifier)
        {
            case "gt" or "ge": higherIsBetter = true; break;
            case "lt" or "le": higherIsBetter = false; break;
            case "" when o.Polarity == Polarity.Higher: higherIsBetter = true; break;
            case "" when o.Polarity == Polarity.Lower: higherIsBetter = false; break;
            default: return null;
        }
        var shortfall = higherIsBetter ? target - actual : actual - target;
        if (shortfall < 0) return new RagVerdict(new HashSet<Rag> { Rag.Green }, shortfall, higherIsBetter);
        if (shortfall == 0)
            return new RagVerdict(Rags(rule.AtTarget), shortfall, higherIsBetter);
        if (rule.OnMiss.Count > 0) return new RagVerdict(Rags(rule.OnMiss), shortfall, higherIsBetter);
        var allowed = new HashSet<Rag>();
        foreach (var measure in rule.Measures)
        {
            decimal? off = measure switch
            {
                "relative" => target == 0 ? null : shortfall / Math.Abs(target) * 100,
                "points" when o.Unit == Unit.Percent => shortfall,
                _ => null,
            };
            // A zero target cannot be missed by a relative amount: any miss is red.
            if (measure == "relative" && off is null) allowed.Add(Rag.Red);
            else if (off is { } x) allowed.Add(x < rule.AmberWithin ? Rag.Amber : Rag.Red);
        }
        return allowed.Count == 0 ? null : new RagVerdict(allowed, shortfall, higherIsBetter);
    }

    private static HashSet<Rag> Rags(IEnumerable<string> names) =>
        names.Select(n => VocabularyNames.TryParse<Rag>(n, out var v) ? v : Rag.Green).ToHashSet();

    private static DateOnly? Date(string text, RagToleranceRule rule)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new InvalidDataException($"{CheckRules.FileName}, rag_tolerances ({rule.Council}): '{text}' is not a yyyy-MM-dd date");
    }
}

/// <param name="Shortfall">How far the actual falls short of the target (negative: better than target).</param>
public sealed record RagVerdict(IReadOnlySet<Rag> Allowed, decimal Shortfall, bool HigherIsBetter);
