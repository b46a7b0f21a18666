using Ingest.Core.Tables;

namespace Ingest.Extraction.Blocks;

/// <summary>
/// A line of labelled figures ("Latest: 94%  Target: 90%, Floor: 85%  Previous: 89% (Amber)"): each role's
/// text as printed, and the text before the first label (a title printed on the same line, if any).
/// </summary>
internal sealed record ValuesLine(string Before, IReadOnlyDictionary<string, string> Values)
{
    public string Value(string role) => Values.TryGetValue(role, out var v) ? v : "";

    /// <summary>The line's labelled values, or null when it is no values line under the rules.</summary>
    public static ValuesLine? Read(string paragraph, BlockPatterns patterns)
    {
        if (patterns.Label is null) return null;
        var text = TextNormaliser.Collapse(paragraph);
        var matches = patterns.Label.Matches(text);
        if (matches.Count == 0) return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            var role = patterns.RoleOfLabel[TextNormaliser.Collapse(matches[i].Groups["label"].Value).ToLowerInvariant()];
            // A role printed twice is no values line of this kind (prose that happens to use the words).
            if (values.ContainsKey(role)) return null;
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            // Separators between pairs ("Target: 90%, Floor: 85%") are not part of the value.
            values[role] = text[start..end].Trim().TrimEnd(',', ';', '|').Trim();
        }
        var rules = patterns.Rules;
        if (values.Count < rules.MinRoles || rules.RequiredRoles.Any(r => !values.ContainsKey(r))) return null;
        if (values.Values.Any(v => v.Length == 0)) return null;
        return new ValuesLine(text[..matches[0].Index].Trim(), values);
    }
}
