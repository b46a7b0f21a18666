using Ingest.Cli.Commands;

namespace Ingest.Cli.Tests;

/// <summary>`ingest tables` reads a scan's tables through OCR, as `ingest run` does, rather than refusing it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class TablesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-tables-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [RequiresTesseractFact]
    public void A_scanned_page_gives_its_table_through_ocr()
    {
        var scan = Path.Combine(RepositoryPaths.Corpus, CorpusGoldTests.ScannedFolder, "havering-os-board-performance-q2-2017-18.pdf");
        var prefix = Path.Combine(_dir, "scan");

        Program.Main(["tables", scan, "--pages", "2", "--out", prefix]).Should().Be(ExitCodes.Ok);

        var first = File.ReadAllText(prefix + ".t1.csv");
        first.Should().Contain("Indicator and Description").And.Contain("Smaller is better").And.Contain("Emergency admission rates");
    }
}
