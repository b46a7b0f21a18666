using System.Text.RegularExpressions;
using Ingest.Core.Observations;

namespace Ingest.Extraction.Headers;

/// <summary>
/// Reads headers that name a period relative to the report's own ("Latest", "Previous"), by the words of
/// <c>relative_periods</c> in headers.yaml.
/// </summary>
public sealed class RelativePeriodWords
{
    private readonly Regex? _latest;
    private readonly Regex? _previous;

    public RelativePeriodWords(IReadOnlyDictionary<string, List<string>> words)
    {
        _latest = Compile(words, "latest");
        _previous = Compile(words, "previous");
    }

    /// <summary>The period a header means: the reporting period, the one before it, or null when it says neither.</summary>
    public Period? Of(string header, Period? reporting)
    {
        if (reporting is null || header.Length == 0) return null;
        // "Previous" is tested first: "previous latest" does not occur, "latest vs previous" heads a trend.
        if (_previous?.IsMatch(header) == true && _latest?.IsMatch(header) != true) return reporting.Previous();
        if (_latest?.IsMatch(header) == true && _previous?.IsMatch(header) != true) return reporting;
        return null;
    }

    private static Regex? Compile(IReadOnlyDictionary<string, List<string>> words, string role) =>
        words.TryGetValue(role, out var phrases) && phrases.Count > 0
            ? new Regex($@"(?<![\p{{L}}])(?:{string.Join("|", phrases.Select(Regex.Escape))})(?![\p{{L}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            : null;
}
