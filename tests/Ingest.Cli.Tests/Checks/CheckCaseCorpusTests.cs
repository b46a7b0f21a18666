using Ingest.Core.Observations;
using Ingest.Dataset.Checks;

namespace Ingest.Cli.Tests.Checks;

/// <summary>
/// corpus/checks: two reports built so that each check finds one thing (tools/CorpusBuilder/Checks/CheckCases.cs),
/// read and extracted by the real pipeline.
/// </summary>
public sealed class CheckCaseCorpusTests
{
    private static readonly Lazy<(CheckedDocument Q2, CheckedDocument Q3)> Cases = new(() => (
        CheckedDocument.Load(Path.Combine(RepositoryPaths.Corpus, "checks", "harrow-checks-performance-q2-2023-24.docx")),
        CheckedDocument.Load(Path.Combine(RepositoryPaths.Corpus, "checks", "harrow-checks-performance-q3-2023-24.docx"))));

    private static IReadOnlyList<Finding> DatasetFindings(string check)
    {
        var rules = RealRules.Directory;
        return DatasetChecks.FromRules(rules).Run([.. Cases.Value.Q2.Observations, .. Cases.Value.Q3.Observations], check);
    }

    [Fact]
    public void A_green_at_38_percent_against_a_30_percent_ceiling_is_a_rag_finding()
    {
        var finding = Cases.Value.Q2.Findings.Where(f => f.Check == CheckNames.RagVsValues).Should().ContainSingle().Subject;
        finding.Should().Match<Finding>(f => f.Council == "harrow" && f.Document == "harrow-checks-performance-q2-2023-24.docx"
            && f.Table == 1 && f.Row == 4 && f.Period == "Q2 2023/24" && f.IndicatorKey == "pct-of-planning-appeals-allowed"
            && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_summary_sentence_the_rows_do_not_add_up_to_is_a_summary_finding()
    {
        var finding = Cases.Value.Q2.Findings.Where(f => f.Check == CheckNames.RagSummary).Should().ContainSingle().Subject;
        finding.Message.Should().Contain("1 red, 1 amber, 3 green").And.Contain("3 red, 0 amber, 2 green");
    }

    [Fact]
    public void The_report_with_right_rags_and_a_right_summary_passes_the_document_checks()
    {
        Cases.Value.Q3.Paragraphs.Should().Contain(p => p.Contains("4 are green", StringComparison.Ordinal));
        Cases.Value.Q3.Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_fraction_after_two_percentages_is_a_value_jump() =>
        DatasetFindings(CheckNames.ValueJump).Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Document == "harrow-checks-performance-q3-2023-24.docx" && f.Row == 5 && f.Period == "Q3 2023/24"
            && f.IndicatorKey == "residents-rating-their-local-park-good-or-very-good");

    [Fact]
    public void Worsening_while_missed_bins_fall_is_a_direction_finding() =>
        DatasetFindings(CheckNames.DirectionOfTravel).Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Document == "harrow-checks-performance-q3-2023-24.docx" && f.Row == 6 && f.Period == "Q3 2023/24"
            && f.Message.Contains("Worsening"));

    [Fact]
    public void Q2_homelessness_reprinted_as_152_after_140_is_a_silent_revision() =>
        DatasetFindings(CheckNames.SilentRevision).Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Document == "harrow-checks-performance-q3-2023-24.docx" && f.Row == 7 && f.Period == "Q2 2023/24"
            && f.Message.Contains("140") && f.Message.Contains("152"));
}
