using Ingest.Cli.Commands;

namespace Ingest.Cli.Tests.Dataset;

[Collection(ConsoleCollection.Name)]
public sealed class IndicatorsCommandTests : IClassFixture<CorpusDatabase>, IDisposable
{
    private const string HarrowName = "% of births that receive a face to face New Birth Visit within 14 days by a Health Visitor";
    private readonly CorpusDatabase _db;
    private readonly string _rules = Directory.CreateTempSubdirectory("ingest-rules-").FullName;

    public IndicatorsCommandTests(CorpusDatabase db)
    {
        _db = db;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Rules))
            File.Copy(file, Path.Combine(_rules, Path.GetFileName(file)));
        // Forget one decision, as if Harrow's name had never been seen.
        var catalogue = Path.Combine(_rules, "indicators.yaml");
        var lines = File.ReadAllLines(catalogue).Where(l => l.Trim() != $"- \"{HarrowName}\"").ToArray();
        lines.Should().HaveCount(File.ReadAllLines(catalogue).Length - 1);
        File.WriteAllLines(catalogue, lines);
    }

    public void Dispose() => Directory.Delete(_rules, recursive: true);

    [Fact]
    public void Listing_shows_a_shared_key_with_both_councils()
    {
        var output = CompareAndTrendTests.Capture(() => Program.Main(["indicators", "--db", _db.DbPath, "--format", "csv"]));

        output.Split('\n').Should().Contain(l => l.StartsWith("households-in-temporary-accommodation,", StringComparison.Ordinal) && l.Contains("brent harrow"));
    }

    [Fact]
    public void A_name_the_catalogue_no_longer_knows_is_unmatched_until_a_human_adds_it_as_an_alias()
    {
        var before = CompareAndTrendTests.Capture(() => Program.Main(["indicators", "--unmatched", "--db", _db.DbPath, "--rules", _rules, "--format", "csv"]));
        before.Should().Contain(HarrowName).And.Contain("provisional:pct-of-births-that-receive-a-face-to-face-new-birth-visit-within-14-days-by-a-health-visitor");

        CompareAndTrendTests.Capture(() => Program.Main(["indicators", "alias", HarrowName, "new-birth-visits-within-14-days", "--rules", _rules]));

        IndicatorsCommand.ResolveKey(HarrowName, _rules).Should().Be("new-birth-visits-within-14-days");
        var after = CompareAndTrendTests.Capture(() => Program.Main(["indicators", "--unmatched", "--db", _db.DbPath, "--rules", _rules, "--format", "csv"]));
        after.Should().NotContain(HarrowName);
        File.ReadAllText(Path.Combine(_rules, "indicators.yaml")).Should().StartWith("# The indicator catalogue");
    }
}
