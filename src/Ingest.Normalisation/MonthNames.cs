namespace Ingest.Normalisation;

/// <summary>Month names from the rules, and the month number each stands for.</summary>
internal sealed class MonthNames
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.OrdinalIgnoreCase);

    public MonthNames(PeriodRules rules)
    {
        if (rules.Months.Count is not (0 or 12))
            throw new InvalidDataException(
                $"{NormalisationRules.FileName}, periods.months: expected 12 months, January first, found {rules.Months.Count}");
        for (var i = 0; i < rules.Months.Count; i++)
            foreach (var name in rules.Months[i])
                _numbers[name.Trim()] = i + 1;
        Pattern = _numbers.Count == 0 ? "(?!)" : "(?:" + RuleRegex.Alternation(_numbers.Keys) + ")";
    }

    /// <summary>An alternation of every month name (never matches when there are none).</summary>
    public string Pattern { get; }

    public int? Number(string name) => _numbers.TryGetValue(name.Trim(), out var n) ? n : null;
}
