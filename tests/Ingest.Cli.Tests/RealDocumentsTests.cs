using Ingest.Pipeline;

namespace Ingest.Cli.Tests;

/// <summary>
/// Real Kent County Council Cabinet papers (shared/realdocs beside the repository; never committed): a cover
/// report, an agenda, a finance monitoring report and a plan of priorities and measures. They hold real
/// tables, none of them a scorecard, so the whole pipeline must read them and find no observations.
/// </summary>
public sealed class RealDocumentsTests
{
    public static readonly string Folder = RepositoryPaths.RealDocs;

    public static TheoryData<string> Papers()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.pdf").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [RequiresRealDocsTheory]
    [MemberData(nameof(Papers))]
    public void A_real_paper_that_is_not_a_scorecard_yields_no_observations(string name)
    {
        var processed = new IngestPipelineBuilder().Build().Process(Path.Combine(Folder, name));

        processed.Succeeded.Should().BeTrue(processed.Error);
        processed.Result!.Observations.Should().BeEmpty();
        processed.Result.Tables.Should().NotBeEmpty("they are real tables, read and judged not to be scorecards");
    }
}

/// <summary>Skipped, with the reason in the report, where the real papers are not beside the checkout.</summary>
public sealed class RequiresRealDocsTheoryAttribute : TheoryAttribute
{
    public RequiresRealDocsTheoryAttribute()
    {
        if (!Directory.Exists(RealDocumentsTests.Folder)) Skip = $"the real papers are not beside this checkout ({RealDocumentsTests.Folder})";
    }
}
