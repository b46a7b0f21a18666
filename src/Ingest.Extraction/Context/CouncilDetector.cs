using System.Text.RegularExpressions;
using Ingest.Core.Tables;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction.Context;

/// <summary>
/// Which council published a document: the council whose names occur most in its text (longer names
/// weigh more, so "London Borough of Harrow" outweighs a passing "Harrow"), else a folder named after one.
/// </summary>
public sealed class CouncilDetector
{
    private readonly IReadOnlyList<(CouncilRule Council, IReadOnlyList<(Regex Pattern, int Weight)> Names)> _councils;

    public CouncilDetector(CouncilRules rules) =>
        _councils = rules.Councils
            .Select(c => (c, (IReadOnlyList<(Regex, int)>)c.Names
                .Select(n => (new Regex(@"(?<![\p{L}])" + Regex.Escape(n) + @"(?![\p{L}])",
                    RegexOptions.CultureInvariant | RegexOptions.Compiled), n.Split(' ').Length))
                .ToList()))
            .ToList();

    public CouncilRule? Detect(DocumentContent document)
    {
        var text = string.Join("\n", document.Paragraphs.Concat(document.Tables.SelectMany(t => t.Context)));
        var best = _councils
            .Select(c => (c.Council, Score: c.Names.Sum(n => n.Pattern.Matches(text).Count * n.Weight)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        if (best.Council is not null) return best.Council;

        var folders = Path.GetDirectoryName(Path.GetFullPath(document.Source.Path))?
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return _councils.Select(c => c.Council)
            .FirstOrDefault(c => folders.Any(f => string.Equals(f, c.Key, StringComparison.OrdinalIgnoreCase)));
    }

    public CouncilRule? ByKey(string key) =>
        _councils.Select(c => c.Council).FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
}
