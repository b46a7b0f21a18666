using CorpusBuilder.Packaging;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using CorpusBuilder.Corpus;

namespace CorpusBuilder.Backfill;

/// <summary>
/// A synthetic backfill for throughput and robustness runs: 10 councils x 10 years x 4 quarters,
/// every layout and format of the corpus. Word, Excel and HTML reports are the corpus generator's own
/// documents with the council and years rewritten; PDFs are the committed corpus PDFs with a distinct
/// trailing comment (their text still names the original council). The backfill's own copy of the
/// extraction rules, in DIR/extraction-rules, adds the councils the real rules do not know.
/// </summary>
public static class BackfillWriter
{
    public const int Years = 10;
    public const int LastFirstYear = 2023;
    public const string RulesFolder = "extraction-rules";


    /// <returns>Documents written per format.</returns>
    public static IReadOnlyDictionary<string, int> Write(string folder, string repositoryRoot, int count, TextWriter? log = null)
    {
        var templates = Templates(Path.Combine(repositoryRoot, "corpus"));
        var byQuarter = Enumerable.Range(1, 4).ToDictionary(q => q,
            q => templates.Where(t => t.Quarter is null && q == 4 || t.Quarter == q).ToList());
        var councils = BackfillCouncil.All;
        var slots = councils.Count * Years * 4;
        var written = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var slot = i % slots;
            var council = councils[slot % councils.Count];
            var firstYear = LastFirstYear - slot / councils.Count % Years;
            var quarter = slot / (councils.Count * Years) + 1;
            var candidates = byQuarter[quarter];
            var template = candidates[(i / slots + slot) % candidates.Count];
            var name = string.Create(CultureInfo.InvariantCulture,
                $"{council.Key}/{council.Key}-{template.Layout}-q{quarter}-{firstYear}-{(firstYear + 1) % 100:00}-{i:0000}.{template.Format}");
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Render(template, council, firstYear, i));
            written[template.Format] = written.GetValueOrDefault(template.Format) + 1;
        }
        WriteRules(Path.Combine(repositoryRoot, RulesFolder), Path.Combine(folder, RulesFolder));
        log?.WriteLine($"{count} documents in {folder}: " + string.Join(", ", written.Select(w => $"{w.Value} {w.Key}")));
        return written;
    }

    private static List<BackfillTemplate> Templates(string corpus)
    {
        var templates = new List<BackfillTemplate>();
        // The randomised layouts and the rebuilt real KPI layout are reader tests, not backfill material:
        // their councils are not the backfill's and their layouts do not yet read.
        var entries = CorpusEntries.All()
            .Where(e => e.Origin != Randomised.RandomDocument.Origin && e.Layout != RealKpi.KentRealEntries.Layout).ToList();
        foreach (var entry in entries)
        {
            var (year, quarter) = BackfillTemplate.ParsePeriod(entry.Period);
            templates.Add(new BackfillTemplate(entry.Layout, entry.Format, NameOf(entry.Council), year, quarter, entry.File.Render()));
        }
        // The committed PDFs are prints of corpus documents: same name as their source, .pdf.
        var layouts = entries.GroupBy(e => Path.ChangeExtension(e.RelativePath, null), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var pdf in Directory.EnumerateFiles(corpus, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(corpus, pdf).Replace(Path.DirectorySeparatorChar, '/');
            if (!layouts.TryGetValue(relative[..^4], out var source)) continue; // table fixtures, not reports
            var (year, quarter) = BackfillTemplate.ParsePeriod(source.Period);
            templates.Add(new BackfillTemplate(source.Layout, "pdf", NameOf(source.Council), year, quarter, File.ReadAllBytes(pdf)));
        }
        return templates;
    }

    // The corpus councils' keys are their names in lower case.
    private static string NameOf(string councilKey) =>
        BackfillCouncil.All.FirstOrDefault(c => c.Key == councilKey)?.Name ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(councilKey);

    private static byte[] Render(BackfillTemplate template, BackfillCouncil council, int firstYear, int index)
    {
        var rewrite = new TextRewrite(template.CouncilName, council.Name, firstYear - template.FirstYear);
        return template.Format switch
        {
            "docx" or "xlsx" => RewritePackage(template.Bytes, rewrite),
            "html" => new UTF8Encoding(false).GetBytes(rewrite.Markup(Encoding.UTF8.GetString(template.Bytes))),
            // A comment after %%EOF is ignored by readers but makes every copy's hash its own.
            "pdf" => [.. template.Bytes, .. Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n% backfill copy {index} for {council.Key} {firstYear}\n"))],
            _ => throw new InvalidOperationException($"no backfill rendering for {template.Format}"),
        };
    }

    private static byte[] RewritePackage(byte[] package, TextRewrite rewrite) =>
        PackageXmlRewrite.Apply(package, rewrite.Markup);

    /// <summary>The repository's rules with the backfill's extra councils appended to councils.yaml.</summary>
    private static void WriteRules(string rules, string copy)
    {
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        // The new entries go first in the councils list, so whatever follows the list in the file stays as it is.
        var added = new StringBuilder();
        foreach (var council in BackfillCouncil.All.Where(c => !c.InRules))
            added.Append($"""
                  - key: {council.Key}
                    title: {council.Title}
                    names: [{council.Title}, {council.Name} Council, {council.Name}]
                    arrows:
                      meaning: performance
                      up: ["↑", "▲", "⬆"]
                      down: ["↓", "▼", "⬇"]
                      same: ["↔", "→"]

                """);
        var lines = File.ReadAllLines(Path.Combine(rules, "councils.yaml")).ToList();
        var list = lines.FindIndex(l => l.TrimEnd() == "councils:");
        if (list < 0) throw new InvalidOperationException("extraction-rules/councils.yaml has no top-level 'councils:' list");
        lines.Insert(list + 1, added.ToString().TrimEnd('\n'));
        var councils = new StringBuilder(string.Join('\n', lines)).Append('\n');
        File.WriteAllText(Path.Combine(copy, "councils.yaml"), councils.ToString(), new UTF8Encoding(false));
    }
}
