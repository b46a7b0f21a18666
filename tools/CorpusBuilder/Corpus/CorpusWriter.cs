using System.Text;
using CorpusBuilder.Contract;
using Ingest.Core.Observations;

namespace CorpusBuilder.Corpus;

/// <summary>
/// Writes documents, gold files and the manifest; refuses to write a document its format's checker finds
/// invalid. Writes only the files it names: anything else in the corpus folder (PDFs added beside the
/// documents, hand-made test files) is left alone.
/// </summary>
internal sealed class CorpusWriter
{
    public const string ManifestName = "manifest.csv";

    private readonly string _root;
    private readonly TextWriter _log;

    public CorpusWriter(string root, TextWriter log)
    {
        _root = root;
        _log = log;
    }

    public void Write(IReadOnlyList<CorpusEntry> entries)
    {
        CorpusRules.Check(entries);
        foreach (var entry in entries)
        {
            var bytes = entry.File.Render();
            var problems = entry.File.Problems(bytes);
            if (problems.Count > 0)
                throw new InvalidOperationException($"{entry.RelativePath} fails validation:\n  " + string.Join("\n  ", problems.Take(20)));
            var tables = entry.File.TableCount(bytes);
            if (tables != entry.TableCount)
                throw new InvalidOperationException($"{entry.RelativePath}: {tables} tables, expected {entry.TableCount}");
            Save(entry.RelativePath, bytes);
            Save(entry.ExpectedPath, ExpectedCsv.Write(entry.Observations));
            if (entry.Actions is not null) Save(entry.ExpectedActionsPath, ExpectedActionsCsv.Write(entry.Actions));
            _log.WriteLine($"{entry.RelativePath}: {tables} table(s), {entry.Observations.Count} expected observation(s)"
                           + (entry.Actions is null ? "" : $", {entry.Actions.Count} action(s)"));
        }
        Save(ManifestName, Manifest(entries));
        _log.WriteLine(CorpusRules.Summary(entries));
    }

    public static byte[] Manifest(IEnumerable<CorpusEntry> entries)
    {
        var sb = new StringBuilder("path,council,period,format,layout,origin\n");
        foreach (var e in entries.OrderBy(e => e.RelativePath, StringComparer.Ordinal))
            sb.Append(CsvText.Line([e.RelativePath, e.Council, e.Period, e.Format, e.Layout, e.Origin])).Append('\n');
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    private void Save(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
