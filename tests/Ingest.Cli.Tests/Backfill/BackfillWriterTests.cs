using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CorpusBuilder.Backfill;
using Ingest.Cli.Commands;
using Ingest.Cli.Tests.BadInput;

namespace Ingest.Cli.Tests.Backfill;

/// <summary>The synthetic backfill covers every council, year, quarter and format, and every document of it loads.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class BackfillWriterTests : IDisposable
{
    private const int Slots = 10 * BackfillWriter.Years * 4;
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-backfill-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Ten_councils_ten_years_four_quarters_every_format_each_document_distinct_and_loadable()
    {
        var folder = Path.Combine(_dir, "backfill");
        var written = BackfillWriter.Write(folder, RepositoryPaths.Root, Slots);

        written.Keys.Should().BeEquivalentTo(["docx", "html", "pdf", "xlsx"]);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(BackfillWriter.RulesFolder, StringComparison.Ordinal)).ToList();
        files.Should().HaveCount(Slots);
        files.Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).Should().OnlyHaveUniqueItems();
        var slots = files.Select(f => SlotName().Match(Path.GetFileName(f))).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        slots.Should().OnlyHaveUniqueItems().And.HaveCount(Slots);
        slots.Select(s => s.Item1).Distinct().Should().HaveCount(10);
        slots.Select(s => s.Item2).Distinct().Should().HaveCount(4, "quarters");
        slots.Select(s => s.Item3).Distinct().Should().HaveCount(BackfillWriter.Years);

        // One document of each format for each council family the layouts come from, through `ingest run`.
        var sample = files.Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal))
            .GroupBy(f => (Path.GetExtension(f), LayoutOf(f))).Select(g => g.First()).Take(12).ToList();
        var inputs = Path.Combine(_dir, "sample");
        Directory.CreateDirectory(inputs);
        foreach (var file in sample) File.Copy(file, Path.Combine(inputs, Path.GetFileName(file)));
        var db = Path.Combine(_dir, "sample.db");
        var run = CliRun.Start(TimeSpan.FromMinutes(5), "run", inputs, "--db", db, "--rules", Path.Combine(folder, BackfillWriter.RulesFolder));

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Errors);
        CliRun.Count(db, "select count(*) from document where status = 'ok'").Should().Be(sample.Count);
        CliRun.Count(db, "select count(distinct council) from document where observation_count > 0").Should().BeGreaterThan(1);
    }

    private static string LayoutOf(string file) => SlotName().Match(Path.GetFileName(file)).Groups["layout"].Value;

    [GeneratedRegex(@"^([a-z]+)-(?<layout>.*)-q([1-4])-(\d{4})-\d\d-\d{4}")]
    private static partial Regex SlotName();
}
