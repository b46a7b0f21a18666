using Ingest.Core.Tables;

namespace Ingest.Dataset.Catalogue;

/// <summary>
/// Writes a human's decision ("this printed name is that indicator") into indicators.yaml as an alias, by
/// inserting one line of text under the key's <c>aliases:</c>, so comments and layout survive and every
/// later run maps the name the same way.
/// </summary>
public static class AliasWriter
{
    private const string EntryStart = "  - key:";

    /// <returns>The file's new text.</returns>
    /// <exception cref="InvalidOperationException">The key is not in the catalogue, or the alias already belongs to another key.</exception>
    public static string AddAlias(string yaml, string alias, string key)
    {
        var name = TextNormaliser.Collapse(alias);
        if (name.Length == 0) throw new InvalidOperationException("the alias is empty");
        var catalogue = IndicatorCatalogue.Parse(yaml);
        if (catalogue.Find(key) is null)
            throw new InvalidOperationException($"no indicator '{key}' in {IndicatorCatalogueFile.FileName}; add the entry first");
        var owner = catalogue.Entries.FirstOrDefault(e => e.Aliases.Any(a => string.Equals(TextNormaliser.Collapse(a), name, StringComparison.OrdinalIgnoreCase)));
        if (owner is not null && owner.Key == key) return yaml;
        if (owner is not null)
            throw new InvalidOperationException($"'{name}' is already an alias of '{owner.Key}'; remove it there first");

        var newline = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = yaml.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == $"{EntryStart} {key}");
        if (start < 0) throw new InvalidOperationException($"cannot find the line '{EntryStart} {key}' to add the alias under");
        var end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith("    ", StringComparison.Ordinal) || lines[end].Trim().Length == 0)) end++;
        // Blank lines and comments that follow an entry belong to what comes next.
        while (end > start + 1 && (lines[end - 1].Trim().Length == 0 || lines[end - 1].TrimStart().StartsWith('#'))) end--;

        var item = $"      - {Quote(name)}";
        var aliasesLine = lines.FindIndex(start, end - start, l => l.TrimEnd() == "    aliases:");
        if (aliasesLine >= 0)
        {
            var last = aliasesLine;
            while (last + 1 < end && lines[last + 1].StartsWith("      ", StringComparison.Ordinal)) last++;
            lines.Insert(last + 1, item);
        }
        else
        {
            lines.InsertRange(end, ["    aliases:", item]);
        }
        var text = string.Join(newline, lines);
        IndicatorCatalogue.Parse(text); // never write a file the next run cannot read
        return text;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
