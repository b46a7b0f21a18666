using AngleSharp.Dom;

namespace Ingest.Readers.Html;

/// <summary>
/// Elements by class, id and tag, so that a selector is only tried on the elements its last compound
/// could match (<c>td.green</c> on elements of class "green") rather than on the whole page.
/// </summary>
internal sealed class ElementIndex
{
    private readonly IReadOnlyList<IElement> _all;
    private readonly Dictionary<string, List<IElement>> _byClass = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<IElement>> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<IElement>> _byTag = new(StringComparer.OrdinalIgnoreCase);

    public ElementIndex(IDocument document)
    {
        _all = document.All.ToList();
        foreach (var element in _all)
        {
            foreach (var name in element.ClassList) Add(_byClass, name, element);
            if (!string.IsNullOrEmpty(element.Id)) Add(_byId, element.Id, element);
            Add(_byTag, element.LocalName, element);
        }
    }

    public IReadOnlyList<IElement> Candidates(string selector)
    {
        var compound = LastCompound(selector);
        if (Name(compound, '.') is { } className) return _byClass.GetValueOrDefault(className) ?? [];
        if (Name(compound, '#') is { } id) return _byId.GetValueOrDefault(id) ?? [];
        var tag = LeadingName(compound);
        return tag is null ? _all : _byTag.GetValueOrDefault(tag) ?? [];
    }

    private static void Add(Dictionary<string, List<IElement>> index, string key, IElement element)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(element);
    }

    /// <summary>The part after the last combinator (space, &gt;, +, ~) outside brackets.</summary>
    private static string LastCompound(string selector)
    {
        var depth = 0;
        for (var i = selector.Length - 1; i >= 0; i--)
        {
            var c = selector[i];
            if (c is ')' or ']') depth++;
            else if (c is '(' or '[') depth--;
            else if (depth == 0 && (char.IsWhiteSpace(c) || c is '>' or '+' or '~')) return selector[(i + 1)..];
        }
        return selector;
    }

    /// <summary>The first name after <paramref name="marker"/> outside brackets, e.g. "green" in "td.green:first-child".</summary>
    private static string? Name(string compound, char marker)
    {
        var depth = 0;
        for (var i = 0; i < compound.Length; i++)
        {
            var c = compound[i];
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
            else if (depth == 0 && c == marker)
            {
                var end = i + 1;
                while (end < compound.Length && IsNameChar(compound[end])) end++;
                // An escaped or unusual name is left to the full match on every element.
                if (end < compound.Length && compound[end] == '\\') return null;
                return end > i + 1 ? compound[(i + 1)..end] : null;
            }
        }
        return null;
    }

    private static string? LeadingName(string compound)
    {
        var end = 0;
        while (end < compound.Length && IsNameChar(compound[end])) end++;
        return end > 0 && (end == compound.Length || compound[end] is '.' or '#' or '[' or ':') ? compound[..end] : null;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 0x7F;
}
