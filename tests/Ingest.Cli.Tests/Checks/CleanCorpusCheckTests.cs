using Ingest.Cli.Evaluation;
using Ingest.Dataset.Checks;
using Xunit.Abstractions;

namespace Ingest.Cli.Tests.Checks;

/// <summary>
/// The corpus outside corpus/checks is clean: its RAGs follow each council's key and its stated RAG summaries
/// add up, so the document checks must find nothing there. (corpus/checks holds the deliberate errors.)
/// </summary>
public sealed class CleanCorpusCheckTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<CheckedDocument>> Clean = new(() =>
        GoldEvaluator.FindPairs(RepositoryPaths.Corpus)
            .Select(p => p.Document)
            // corpus/scanned is read through OCR, whose misreadings are real data errors for the checks to find.
            .Where(d => !d.Replace('\\', '/').Contains("/corpus/checks/", StringComparison.Ordinal)
                        && !d.Replace('\\', '/').Contains("/corpus/scanned/", StringComparison.Ordinal))
            .Select(CheckedDocument.Load)
            .ToList());

    [Fact]
    public void The_clean_corpus_gives_no_rag_or_summary_findings()
    {
        Clean.Value.Should().HaveCountGreaterThan(20);
        var findings = Clean.Value.SelectMany(d => d.Findings).ToList();
        foreach (var f in findings) output.WriteLine($"{f.Check} {f.Document} t{f.Table} r{f.Row} {f.Period}: {f.Message}");
        findings.Should().BeEmpty();
    }

    [Fact]
    public void The_clean_corpus_states_rag_summaries_that_the_summary_check_reads()
    {
        // Brent's reports say "Of the N indicators ... X are green, Y amber and Z red": the check must have
        // something to compare on the clean corpus, or "no findings" would prove nothing.
        var parser = new RagSummaryParser(CheckRules.Load(RealRules.Directory).RagSummary);
        var brent = Clean.Value.Where(d => Path.GetFileName(d.Path).StartsWith("brent-borough-plan-performance", StringComparison.Ordinal)
            && d.Path.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        brent.Should().NotBeEmpty();
        foreach (var document in brent)
            document.Paragraphs.Select(parser.Parse).Should().Contain(c => c != null, Path.GetFileName(document.Path));
    }

    [Fact]
    public void Dataset_checks_find_nothing_in_the_clean_corpus()
    {
        var rules = RealRules.Directory;
        var all = Clean.Value.SelectMany(d => d.Observations).ToList();
        var findings = DatasetChecks.FromRules(rules).Run(all);
        foreach (var g in findings.GroupBy(f => f.Check)) output.WriteLine($"{g.Key}: {g.Count()}");
        foreach (var f in findings) output.WriteLine($"{f.Check} {f.Document} t{f.Table} r{f.Row} {f.Period}: {f.Message}");
        all.Should().NotBeEmpty();
        // The clean corpus's series are consistent: no document reprints a period differently, no value jumps, and
        // every trend agrees with its figures (running totals judged against their growing targets).
        findings.Should().BeEmpty();
    }
}
