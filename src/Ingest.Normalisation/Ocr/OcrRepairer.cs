using System.Text;
using System.Text.RegularExpressions;
using Ingest.Core.Rules;
using Ingest.Core.Tables;
using Ingest.Core.Text;

namespace Ingest.Normalisation.Ocr;

/// <summary>
/// Puts right what OCR typically gets wrong in a scorecard cell, by the rules in <c>ocr.yaml</c>:
/// arrow glyph readings (per council), homoglyphs from other scripts, short words run together, letters inside numbers, '%' read
/// as "96" or "9b", and words a little off the RAG/trend/polarity vocabulary. Works on one line of a
/// cell; only text that came from OCR should be given to it.
/// </summary>
public sealed class OcrRepairer
{
    private const string Any = "any";

    private readonly OcrRepairRules _rules;
    private readonly Regex[] _percent;
    private readonly (Regex Pattern, string Replacement)[] _separators;
    private readonly Dictionary<char, char> _homoglyphs;
    private readonly Dictionary<char, char> _numberLetters;

    public OcrRepairer(OcrRepairRules rules)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _percent = rules.Percent.Select(p => RuleRegex.Compile(p.Pattern, "ocr.percent", RegexOptions.CultureInvariant)).ToArray();
        _separators = rules.NumberSeparators
            .Select(r => (RuleRegex.Compile(r.Pattern, "ocr.number_separators", RegexOptions.CultureInvariant), r.Replacement)).ToArray();
        _homoglyphs = Characters(rules.Homoglyphs, "homoglyphs");
        _numberLetters = Characters(rules.NumberLetters, "number_letters");
    }

    public static OcrRepairer FromRules(RulesDirectory rules) => new(rules.Load<OcrRepairRules>(OcrRepairRules.FileName));

    /// <summary>The shape the PDF reader takes (<c>OcrOptions.Repair</c>): repaired text and the confidence it costs.</summary>
    public (string Text, double Penalty) RepairCell(string line)
    {
        var repair = Repair(line);
        return (repair.Text, repair.Penalty);
    }

    /// <param name="council">The council's key when known: its own arrow readings apply as well as the common ones.</param>
    public OcrRepair Repair(string line, string? council = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        var repairs = new List<string>();
        var penalty = 0.0;
        var trimmed = line.Trim();
        if (Arrow(trimmed, council) is { } arrow)
            return new OcrRepair(line, arrow, _rules.Penalties.Arrow, ["arrow"]);

        var text = line;
        var latin = Homoglyphs(text);
        if (latin != text) Note("homoglyph", _rules.Penalties.Homoglyph, ref text, latin);
        var spaced = MapTokens(text, RunTogetherToken);
        if (spaced != text) Note("spacing", _rules.Penalties.Spacing, ref text, spaced);
        var numbers = MapTokens(MapTokens(text, NumberToken), SeparatorToken);
        if (numbers != text) Note("number", _rules.Penalties.Number, ref text, numbers);
        var percent = MapTokens(text, PercentToken);
        if (percent != text) Note("percent", _rules.Penalties.Percent, ref text, percent);
        var snapped = Snap(text);
        if (snapped != text) Note("vocabulary", _rules.Penalties.Vocabulary, ref text, snapped);
        return new OcrRepair(line, text, penalty, repairs);

        void Note(string kind, double cost, ref string current, string repaired)
        {
            repairs.Add(kind);
            penalty += cost;
            current = repaired;
        }
    }

    private string? Arrow(string trimmed, string? council)
    {
        if (trimmed.Length == 0) return null;
        foreach (var readings in _rules.Arrows)
        {
            if (!string.Equals(readings.Council, Any, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(readings.Council, council, StringComparison.OrdinalIgnoreCase))
                continue;
            if (readings.Up.Contains(trimmed, StringComparer.Ordinal)) return "↑";
            if (readings.Down.Contains(trimmed, StringComparer.Ordinal)) return "↓";
            if (readings.Same.Contains(trimmed, StringComparer.Ordinal)) return "→";
        }
        return null;
    }

    private string Homoglyphs(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(_homoglyphs.TryGetValue(c, out var latin) ? latin : c);
        return sb.ToString();
    }

    /// <summary>A token that is a number but for a few look-alike letters, with those letters made digits.</summary>
    private string? NumberToken(string token)
    {
        if (!token.Any(char.IsAsciiDigit) || !token.Any(_numberLetters.ContainsKey)) return null;
        if (!token.All(c => char.IsAsciiDigit(c) || _numberLetters.ContainsKey(c) || c is '.' or ',' or '%' or '<' or '>' or '£' or '+' or '-'))
            return null;
        return new string(token.Select(c => _numberLetters.TryGetValue(c, out var digit) ? digit : c).ToArray());
    }

    /// <summary>Short words OCR ran together ("asa" for "as a"), as listed; punctuation after them stays.</summary>
    private string? RunTogetherToken(string token)
    {
        var word = token.TrimEnd(',', '.', ';', ':');
        return _rules.RunTogether.TryGetValue(word, out var spaced) ? spaced + token[word.Length..] : null;
    }

    private string? SeparatorToken(string token)
    {
        foreach (var (pattern, replacement) in _separators)
        {
            var match = pattern.Match(token);
            if (match.Success) return match.Result(replacement);
        }
        return null;
    }

    private string? PercentToken(string token)
    {
        foreach (var pattern in _percent)
        {
            var match = pattern.Match(token);
            if (match.Success) return match.Groups[1].Value + "%";
        }
        return null;
    }

    /// <summary>The whole line snapped to the one vocabulary entry it is nearest, when near enough.</summary>
    private string Snap(string text)
    {
        var collapsed = TextNormaliser.Collapse(text);
        var vocabulary = _rules.Vocabulary;
        if (collapsed.Length < vocabulary.MinLength) return text;
        var lower = collapsed.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var word in vocabulary.Words)
        {
            if (word.Length < vocabulary.MinLength) continue;
            var distance = EditDistance.Between(lower, word.ToLowerInvariant());
            if (distance == 0) return text;
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (word, distance, false);
            }
            else if (distance == bestDistance && !string.Equals(best, word, StringComparison.OrdinalIgnoreCase))
            {
                tie = true;
            }
        }
        // A third of the word may be wrong at most: one letter of "REO", two of "Srnaller is better".
        var allowed = Math.Min(vocabulary.MaxDistance, Math.Max(1, collapsed.Length / 3));
        if (best is null || tie || bestDistance > allowed) return text;
        return Cased(best, collapsed);
    }

    /// <summary>The vocabulary entry in the case the text was printed in ("Red" stays "Red", "REO" becomes "RED").</summary>
    private string Cased(string word, string printed)
    {
        var upper = printed.Count(char.IsUpper) > printed.Count(char.IsLower);
        var match = _rules.Vocabulary.Words.FirstOrDefault(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)
                                                                 && (w.Count(char.IsUpper) > w.Count(char.IsLower)) == upper);
        return match ?? word;
    }

    private static string MapTokens(string text, Func<string, string?> map)
    {
        var parts = text.Split(' ');
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0 || map(parts[i]) is not { } repaired) continue;
            parts[i] = repaired;
            changed = true;
        }
        return changed ? string.Join(' ', parts) : text;
    }

    private static Dictionary<char, char> Characters(Dictionary<string, string> map, string section)
    {
        var result = new Dictionary<char, char>();
        foreach (var (from, to) in map)
        {
            if (from.Length != 1 || to.Length != 1)
                throw new InvalidDataException($"{OcrRepairRules.FileName}, {section}: '{from}' -> '{to}' must map one character to one");
            result[from[0]] = to[0];
        }
        return result;
    }
}
