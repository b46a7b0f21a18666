using System.Text;
using Ingest.Core.Text;

namespace Ingest.Core.Councils;

/// <summary>
/// Turns whatever names a council — its key, GSS code, ONS name or any phrase it goes by, in any case —
/// into its one key, so "Brent", "brent", "E09000005" and "London Borough of Brent" are one council.
/// </summary>
public sealed class CouncilResolver
{
    private readonly Dictionary<string, string> _keyByName = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Name)> _names = [];

    /// <param name="councils">Each council's key and the names it goes by; the first council to claim a name keeps it.</param>
    public CouncilResolver(IEnumerable<(string Key, IEnumerable<string> Names)> councils)
    {
        foreach (var (key, names) in councils)
        {
            foreach (var name in names.Prepend(key))
            {
                var normal = Normalise(name);
                if (normal.Length == 0) continue;
                _keyByName.TryAdd(normal, key);
                _names.Add((key, normal));
            }
        }
    }

    public static CouncilResolver FromRegister(CouncilRegister register, IEnumerable<(string Key, IEnumerable<string> Names)>? more = null) =>
        new((more ?? []).Concat(register.Councils.Select(c =>
            (c.Key, (IEnumerable<string>)[c.GssCode, c.Name, Slug(c.Name), .. c.Names]))));

    /// <summary>The council's key, or null when nothing it goes by matches.</summary>
    public string? Resolve(string text) =>
        _keyByName.GetValueOrDefault(Normalise(text)) ?? _keyByName.GetValueOrDefault(Normalise(Slug(text)));

    /// <summary>The keys of the councils whose names are nearest the text (edit distance), nearest first.</summary>
    public IReadOnlyList<string> Closest(string text, int count = 3)
    {
        var wanted = Normalise(text);
        return _names
            .Select(n => (n.Key, Distance: EditDistance.Between(wanted, n.Name)))
            .GroupBy(n => n.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Distance: g.Min(n => n.Distance)))
            .OrderBy(n => n.Distance).ThenBy(n => n.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(n => n.Key)
            .ToList();
    }

    /// <summary>The key a name would have: lower case, "and" for "&amp;", words joined by hyphens, no punctuation.</summary>
    public static string Slug(string name)
    {
        var text = name.Replace("&", " and ", StringComparison.Ordinal);
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) slug.Append(c);
            else if (c is '.' or ',' or '\'' or '’') continue;
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace("&", " and ", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
            .Replace(",", "", StringComparison.Ordinal).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
