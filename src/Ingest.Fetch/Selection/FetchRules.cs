using System.Text;
using System.Text.RegularExpressions;
using Ingest.Core.Rules;

namespace Ingest.Fetch.Selection;

/// <summary>extraction-rules/fetch.yaml: the words that make a committee paper worth fetching, and those of a challenge page.</summary>
public sealed class FetchRules
{
    public const string FileName = "fetch.yaml";

    private Regex? _performance;
    private Regex? _exclude;

    public List<string> PerformanceWords { get; set; } = [];

    public List<string> ExcludeWords { get; set; } = [];

    public List<string> ChallengeMarkers { get; set; } = [];

    public static FetchRules Load(RulesDirectory rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Load<FetchRules>(FileName);
    }

    /// <summary>The phrase that makes this document performance reporting, or null.</summary>
    public string? PerformancePhrase(string documentTitle, string agendaItem)
    {
        _performance ??= Phrases(PerformanceWords);
        _exclude ??= Phrases(ExcludeWords);
        if (_exclude is not null && _exclude.IsMatch(documentTitle)) return null;
        if (_performance is null) return null;
        var match = _performance.Match(documentTitle);
        if (!match.Success) match = _performance.Match(agendaItem);
        return match.Success ? match.Value : null;
    }

    /// <summary>The challenge marker found in the start of <paramref name="page"/>, or null.</summary>
    public string? ChallengeMarker(ReadOnlySpan<byte> page)
    {
        var text = Encoding.UTF8.GetString(page[..Math.Min(page.Length, 64 * 1024)]);
        return ChallengeMarkers.FirstOrDefault(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    // Whole words, so "kpi" is not found inside another word; a plural is allowed ("KPIs").
    private static Regex? Phrases(IEnumerable<string> words)
    {
        var alternatives = words.Where(w => !string.IsNullOrWhiteSpace(w))
            .OrderByDescending(w => w.Length)
            .Select(w => Regex.Escape(w.Trim()).Replace("\\ ", "\\s+", StringComparison.Ordinal))
            .ToList();
        return alternatives.Count == 0
            ? null
            : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})s?(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
