using System.Text;
using CorpusBuilder.Contract;
using CorpusBuilder.Word;
using Ingest.Core.Observations;

namespace CorpusBuilder.Corpus;

/// <summary>Writes documents, gold files and the manifest; refuses to write a document the SDK finds invalid.</summary>
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
        foreach (var entry in entries)
        {
            var docx = DocxWriter.Write(entry.Content);
            var problems = DocxCheck.Problems(docx);
            if (problems.Count > 0)
                throw new InvalidOperationException($"{entry.RelativePath} fails validation:\n  " + string.Join("\n  ", problems.Take(20)));
            var tables = DocxCheck.TableCount(docx);
            if (tables != entry.TableCount)
                throw new InvalidOperationException($"{entry.RelativePath}: {tables} tables, expected {entry.TableCount}");
            Save(entry.RelativePath, docx);
            Save(entry.ExpectedPath, ExpectedCsv.Write(entry.Observations));
            _log.WriteLine($"{entry.RelativePath}: {tables} table(s), {entry.Observations.Count} expected observation(s)");
        }
        Save(ManifestName, Manifest(entries));
    }

    private static byte[] Manifest(IEnumerable<CorpusEntry> entries)
    {
        var sb = new StringBuilder("path,council,period,format,layout,origin\n");
        foreach (var e in entries.OrderBy(e => e.RelativePath, StringComparer.Ordinal))
            sb.Append(CsvText.Line([e.RelativePath, e.Council, e.Period, CorpusEntry.Format, e.Layout, CorpusEntry.Origin])).Append('\n');
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    private void Save(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
