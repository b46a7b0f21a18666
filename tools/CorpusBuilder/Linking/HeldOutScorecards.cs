using CorpusBuilder.Packaging;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using CorpusBuilder.Backfill;
using CorpusBuilder.Corpus;
using Ingest.Core.Observations;
using Ingest.Dataset.Catalogue;

namespace CorpusBuilder.Linking;

/// <summary>
/// The document-level held-out set for indicator identity: whole corpus scorecards (Word, Excel, HTML; one
/// of each report's twins) with every indicator name reworded as another year's report might print it, and
/// one Harrow scorecard moved to Barnet, a council the corpus has not seen, with every name reworded twice.
/// `ingest run` loads them like any papers; <see cref="HeldOutScore"/> reads back which key each name got.
/// </summary>
public static class HeldOutScorecards
{
    public const string Reworded = "reworded";
    public const string Unseen = "unseen";
    public const string CasesFile = "held-out.csv";
    public const string UnseenCouncil = "Barnet";


    public static IReadOnlyList<HeldOutCase> Write(string folder, IndicatorMatcher matcher, int seed, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var reports = CorpusEntries.All()
            .Where(e => e.File.Format is "docx" or "xlsx" or "html" && e.Observations.Count > 0)
            .GroupBy(e => Path.ChangeExtension(e.RelativePath, null), StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => e.File.Format == "docx" ? 0 : 1).First())
            .OrderBy(e => e.RelativePath, StringComparer.Ordinal)
            .ToList();
        var cases = new List<HeldOutCase>();
        for (var i = 0; i < reports.Count; i++)
            cases.AddRange(WriteOne(folder, Reworded, reports[i], matcher, seed + 101 * i, null));
        var unseen = reports.Where(e => e.Council == "harrow" && e.File.Format == "docx")
            .OrderByDescending(e => e.Observations.Select(o => o.Indicator).Distinct(StringComparer.Ordinal).Count()).First();
        cases.AddRange(WriteOne(folder, Unseen, unseen, matcher, seed + 7, new TextRewrite("Harrow", UnseenCouncil, 0)));

        var lines = new List<string> { CsvText.Line(["set", "document", "printed", "original", "key", "changes"]) };
        lines.AddRange(cases.Select(c => CsvText.Line([c.Set, c.Document, c.Printed, c.Original, c.Key, c.Changes])));
        File.WriteAllText(Path.Combine(folder, CasesFile), string.Join("\n", lines) + "\n");
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reports.Count} reworded scorecards ({cases.Count(c => c.Set == Reworded)} names) and 1 unseen ({cases.Count(c => c.Set == Unseen)} names) in {folder}"));
        return cases;
    }

    public static IReadOnlyList<HeldOutCase> Read(string folder) =>
        CsvText.Parse(File.ReadAllText(Path.Combine(folder, CasesFile))).Skip(1)
            .Select(f => new HeldOutCase(f[0], f[1], f[2], f[3], f[4], f[5])).ToList();

    private static List<HeldOutCase> WriteOne(string folder, string set, CorpusEntry entry, IndicatorMatcher matcher, int seed, TextRewrite? council)
    {
        // An unseen council prints each measure its own way: two changes to every name.
        var changes = set == Unseen ? 2 : 1 + seed % 2;
        var names = entry.Observations.Select(o => o.Indicator).Distinct(StringComparer.Ordinal).ToList();
        var plan = new List<(string Original, string Printed, string Key, string Changes)>();
        for (var j = 0; j < names.Count; j++)
        {
            var mapping = matcher.Match(names[j]);
            if (mapping.IsProvisional) continue; // no known key to keep
            var unit = matcher.Catalogue.Find(mapping.Mapping.Key)?.Unit ?? "";
            var reworded = Rewordings.Generate([(mapping.Mapping.Key, names[j], unit)], seed + j, 1, changes);
            if (reworded.Count == 1) plan.Add((names[j], reworded[0].Reworded, mapping.Mapping.Key, reworded[0].Changes));
        }
        var file = (set == Unseen ? UnseenCouncil.ToLowerInvariant() + "-" : "") + entry.FileName;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var bytes = entry.File.Format == "html"
            ? new UTF8Encoding(false).GetBytes(Rewrite(Encoding.UTF8.GetString(entry.File.Render()), plan, council, found))
            : RewritePackage(entry.File.Render(), plan, council, found);
        var path = Path.Combine(folder, set, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        // A name the document splits over runs or lines is not rewritten there, so it is not a case.
        return plan.Where(p => found.Contains(p.Original)).Select(p => new HeldOutCase(set, file, p.Printed, p.Original, p.Key, p.Changes)).ToList();
    }

    // Names become placeholders first (longest first) so that a name inside another is never rewritten twice.
    private static string Rewrite(string markup, List<(string Original, string Printed, string Key, string Changes)> plan, TextRewrite? council, HashSet<string> found)
    {
        var order = plan.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Original.Length).ToList();
        foreach (var (p, i) in order)
        {
            var escaped = Escape(p.Original);
            if (!markup.Contains(escaped, StringComparison.Ordinal)) continue;
            found.Add(p.Original);
            markup = markup.Replace(escaped, Token(i), StringComparison.Ordinal);
        }
        if (council is not null) markup = council.Markup(markup);
        foreach (var (p, i) in order) markup = markup.Replace(Token(i), Escape(p.Printed), StringComparison.Ordinal);
        return markup;
    }

    private static string Token(int i) => string.Create(CultureInfo.InvariantCulture, $"\u0001{i}\u0001");

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static byte[] RewritePackage(byte[] package, List<(string Original, string Printed, string Key, string Changes)> plan, TextRewrite? council, HashSet<string> found) =>
        PackageXmlRewrite.Apply(package, xml => Rewrite(xml, plan, council, found));
}
