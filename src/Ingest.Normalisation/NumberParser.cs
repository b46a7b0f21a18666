using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Normalisation;

/// <summary>
/// Reads the value of a cell (docs/dataset.md, "Numbers"): signs, thousands separators, percent signs,
/// currency scales, several numbers in one cell, and fractions in percent rows.
/// </summary>
internal sealed class NumberParser
{
    // A number not glued to a letter or another number before it ("Q2", "P1" are names, not values),
    // nor followed by a hyphenated word or an ordinal ending ("3-year", "2nd").
    private static readonly Regex NumberGrammar = new(
        @"(?<![\p{L}\p{N}.,])(?<sign>[-+−])?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?!\p{N}|[-–]\p{L}|(?:st|nd|rd|th)(?!\p{L}))",
        RuleRegex.Options, RuleRegex.Timeout);

    private static readonly Regex FollowingWord = new(@"\G\s?(?<word>\p{L}+)", RuleRegex.Options, RuleRegex.Timeout);

    private readonly NumberRules _rules;
    private readonly IReadOnlyList<Regex> _ignored;
    private readonly Regex _bareYear;
    private readonly Dictionary<string, decimal> _scales;

    public NumberParser(NumberRules rules, MonthNames months)
    {
        _rules = rules;
        _ignored = rules.IgnorePatterns
            .Select(p => RuleRegex.Compile(p.Replace("{month}", months.Pattern, StringComparison.Ordinal), "numbers.ignore_patterns"))
            .ToList();
        _bareYear = RuleRegex.Compile(rules.BareYearPattern.Length > 0 ? rules.BareYearPattern : "(?!)", "numbers.bare_year_pattern");
        _scales = rules.Scales.ToDictionary(s => s.Suffix.Trim(), s => s.Factor, StringComparer.OrdinalIgnoreCase);
    }

    public NumberReading Parse(string raw, Unit? rowUnit)
    {
        var text = TextNormaliser.Collapse(raw);
        var ignoredSpans = IgnoredSpans(text);
        var tokens = NumberGrammar.Matches(text)
            .Where(m => !ignoredSpans.Any(s => m.Index < s.Index + s.Length && s.Index < m.Index + m.Length))
            .Select(m => Token(text, m, rowUnit))
            .ToList();
        var candidates = tokens.Any(t => !t.IsBareYear) ? tokens.Where(t => !t.IsBareYear).ToList() : tokens;
        var found = ignoredSpans.Count + tokens.Count;
        if (candidates.Count == 0) return new NumberReading(null, false, found, 1.0);

        var agreeing = candidates.FirstOrDefault(t => Agrees(t, rowUnit));
        var chosen = agreeing ?? candidates[0];
        var confidence = agreeing is null && candidates.Count > 1 ? _rules.NoAgreeingNumberConfidence
            : found > 1 ? _rules.SeveralNumbersConfidence
            : 1.0;
        return new NumberReading(InDisplayUnits(chosen, rowUnit), chosen.HasPercentSign, found, confidence);
    }

    private List<(int Index, int Length)> IgnoredSpans(string text)
    {
        var spans = FinancialYearPattern.FindAll(text).Select(y => (y.Index, y.Length)).ToList();
        foreach (var pattern in _ignored)
            foreach (Match m in pattern.Matches(text))
                if (!spans.Any(s => m.Index < s.Index + s.Length && s.Index < m.Index + m.Length))
                    spans.Add((m.Index, m.Length));
        return spans;
    }

    private NumberToken Token(string text, Match m, Unit? rowUnit)
    {
        var digits = m.Groups["digits"].Value;
        var value = decimal.Parse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (m.Groups["sign"].Value is "-" or "−") value = -value;

        var after = m.Index + m.Length;
        var hasPercent = StartsWithAny(text.AsSpan(after).TrimStart(), _rules.PercentSigns);
        if (!hasPercent && (rowUnit == Unit.Currency || EndsWithAny(text.AsSpan(0, m.Index).TrimEnd(), _rules.CurrencySigns))
            && FollowingWord.Match(text, after) is { Success: true } word
            && _scales.TryGetValue(word.Groups["word"].Value, out var factor))
            value *= factor;

        var isBareYear = !hasPercent && m.Groups["sign"].Length == 0 && _bareYear.IsMatch(digits);
        return new NumberToken(value, hasPercent, isBareYear);
    }

    // A number with "%" agrees with a percent row; a bare number with any other unit.
    private static bool Agrees(NumberToken token, Unit? rowUnit) =>
        rowUnit is null || token.HasPercentSign == (rowUnit == Unit.Percent);

    // A percent row's bare 0.12 is a fraction (12%); a number printed with "%" is never rescaled.
    private static decimal InDisplayUnits(NumberToken token, Unit? rowUnit) =>
        rowUnit == Unit.Percent && !token.HasPercentSign && Math.Abs(token.Value) < 1 ? token.Value * 100 : token.Value;

    private static bool StartsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> signs)
    {
        foreach (var sign in signs)
            if (sign.Length > 0 && text.StartsWith(sign, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> signs)
    {
        foreach (var sign in signs)
            if (sign.Length > 0 && text.EndsWith(sign, StringComparison.Ordinal)) return true;
        return false;
    }
}
