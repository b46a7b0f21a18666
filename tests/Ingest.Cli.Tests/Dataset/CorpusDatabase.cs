using Ingest.Cli.Commands;
using Ingest.Core.Observations;

namespace Ingest.Cli.Tests.Dataset;

/// <summary>
/// A database loaded by `ingest run` from a few corpus reports: two Harrow quarters (the second re-reports the
/// first's values) and a Brent quarter, so that one indicator has revisions and two councils.
/// </summary>
public sealed class CorpusDatabase : IDisposable
{
    public static readonly string[] Documents =
    [
        "harrow/harrow-corporate-scorecard-q1-2023-24.docx",
        "harrow/harrow-corporate-scorecard-q2-2023-24.docx",
        "brent/brent-borough-plan-performance-q2-2023-24.docx",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-dataset-").FullName;

    public CorpusDatabase()
    {
        DbPath = Path.Combine(_dir, "corpus.db");
        var exit = Program.Main(["run", .. Documents.Select(d => Path.Combine(RepositoryPaths.Corpus, d)), "--db", DbPath, "--workers", "1"]);
        if (exit != ExitCodes.Ok) throw new InvalidOperationException($"ingest run failed with exit code {exit}");
    }

    public string DbPath { get; }

    public string Folder => _dir;

    /// <summary>The labelled value of one indicator and period in one document, from its expected CSV.</summary>
    public static string ExpectedActual(string document, string indicator, string periodLabel)
    {
        var expected = Path.Combine(RepositoryPaths.Corpus, Path.ChangeExtension(document, null) + ".expected.csv");
        var records = CsvText.Parse(File.ReadAllText(expected).TrimStart('\uFEFF'));
        var header = records[0].ToList();
        return records.Skip(1)
            .Single(r => r[header.IndexOf("indicator")] == indicator && r[header.IndexOf("period_label")] == periodLabel)[header.IndexOf("actual")];
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
