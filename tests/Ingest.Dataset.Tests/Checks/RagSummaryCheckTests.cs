using Ingest.Core.Observations;
using Ingest.Dataset.Checks;

namespace Ingest.Dataset.Tests.Checks;

public sealed class RagSummaryCheckTests
{
    private static IReadOnlyList<Finding> Run(IReadOnlyList<Observation> rows, params string[] paragraphs) =>
        SharedCheckRules.Checks.Run(CheckScope.Document, new CheckInput("harrow", rows, paragraphs), CheckNames.RagSummary);

    private static List<Observation> Rows(string section, int table, params Rag[] rags) =>
        rags.Select((r, i) => Obs.Row("harrow", "s.docx", $"{section} indicator {i}", Obs.Q(2023, 2), 90, 95, r, table: table, row: i + 2,
            section: section)).ToList();

    [Fact]
    public void A_summary_of_the_whole_report_or_of_one_section_that_adds_up_is_fine()
    {
        var rows = Rows("Residents First", 2, Rag.Red, Rag.Green, Rag.Green, Rag.Amber)
            .Concat(Rows("Clean and Safe", 4, Rag.Green, Rag.Green, Rag.Amber)).ToList();
        Run(rows, "RED GREEN AMBER 1 4 2", "RED GREEN AMBER 1 2 1", "GREEN AMBER 2 1").Should().BeEmpty();
    }

    [Fact]
    public void A_summary_no_part_of_the_rows_adds_up_to_is_a_finding()
    {
        var rows = Rows("Residents First", 2, Rag.Red, Rag.Green, Rag.Green, Rag.Amber);
        var finding = Run(rows, "Total RED GREEN AMBER 13 43 8").Should().ContainSingle().Subject;
        finding.Message.Should().Contain("13 red").And.Contain("1 red, 1 amber, 2 green");
        finding.Document.Should().Be("s.docx");
    }

    [Fact]
    public void Only_the_reporting_period_is_counted()
    {
        var rows = Rows("Residents First", 2, Rag.Green, Rag.Green)
            .Append(Obs.Row("harrow", "s.docx", "Earlier", Obs.Q(2023, 1), 90, 80, Rag.Red, row: 9)).ToList();
        Run(rows, "2 are green and 0 red").Should().BeEmpty();
    }
}
