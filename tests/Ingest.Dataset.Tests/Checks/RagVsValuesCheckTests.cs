using Ingest.Core.Observations;
using Ingest.Dataset.Checks;

namespace Ingest.Dataset.Tests.Checks;

public sealed class RagVsValuesCheckTests
{
    private static readonly Period Q2 = Obs.Q(2023, 2);

    private static IReadOnlyList<Finding> Run(string council, params Observation[] rows) =>
        SharedCheckRules.Checks.Run(CheckScope.Document, new CheckInput(council, rows, []), CheckNames.RagVsValues);

    [Fact]
    public void A_rag_that_follows_harrows_five_percent_key_is_not_doubted()
    {
        Run("harrow",
            // Seed 001: "Complaints answered within timescale ▲ 90% 94%", green.
            Obs.Row("harrow", "q2.docx", "Complaints answered within timescale", Q2, 90, 94, Rag.Green),
            Obs.Row("harrow", "q2.docx", "Safeguarding - where risk identified, was reduced or removed", Q2, 86, 85, Rag.Amber),
            Obs.Row("harrow", "q2.docx", "Average Wait Time (seconds) before a telephone call is answered", Q2, 120, 165, Rag.Red,
                Polarity.Lower, Unit.Seconds),
            // 10% v 10%, printed amber: equal only at the printed precision.
            Obs.Row("harrow", "q2.docx", "% of people from total eligible population invited for a Health Check", Q2, 10, 10, Rag.Amber))
            .Should().BeEmpty();
    }

    [Fact]
    public void A_green_far_off_target_is_an_error_and_a_green_just_off_a_warning()
    {
        var findings = Run("harrow",
            Obs.Row("harrow", "q2.docx", "% of planning appeals allowed", Q2, 30, 38, Rag.Green, Polarity.Lower, row: 4),
            Obs.Row("harrow", "q2.docx", "Safeguarding - where risk identified, was reduced or removed", Q2, 86, 85, Rag.Green, row: 5));
        findings.Should().HaveCount(2);
        findings[0].Should().Match<Finding>(f => f.Severity == FindingSeverity.Error && f.Row == 4 && f.Check == CheckNames.RagVsValues
                                                 && f.IndicatorKey == "pct-of-planning-appeals-allowed" && f.Period == "Q2 2023/24");
        findings[0].Message.Should().Contain("stated green").And.Contain("red");
        findings[1].Severity.Should().Be(FindingSeverity.Warning);
    }

    [Fact]
    public void Havering_prints_any_miss_red()
    {
        // Seed 004 prints 94% against 95% as RED: no amber band.
        Run("havering", Obs.Row("havering", "h.docx", "% of housing repairs completed within target", Obs.Q(2017, 1), 95, 94, Rag.Red))
            .Should().BeEmpty();
        Run("havering", Obs.Row("havering", "h.docx", "% of housing repairs completed within target", Obs.Q(2017, 1), 95, 94, Rag.Amber))
            .Should().ContainSingle();
    }

    [Fact]
    public void Rows_without_numbers_direction_or_a_judged_key_are_left_alone()
    {
        Run("harrow",
            Obs.Row("harrow", "q2.docx", "No target yet", Q2, null, 50, Rag.Red),
            Obs.Row("harrow", "q2.docx", "No polarity", Q2, 90, 50, Rag.Green, polarity: null),
            // The 2022/23 scorecard's RAGs follow no known key (rule judge: false).
            Obs.Row("harrow", "q1.docx", "% FOI responses within 20 working days", Obs.Q(2022, 4), 90, 85, Rag.Green))
            .Should().BeEmpty();
    }

    [Fact]
    public void A_qualifier_gives_the_direction_when_the_row_has_no_polarity()
    {
        Run("brent", Obs.Row("brent", "b.docx", "Calls answered", Q2, 90, 70, Rag.Green, polarity: null, qualifier: "gt"))
            .Should().ContainSingle().Which.Severity.Should().Be(FindingSeverity.Error);
    }

    [Fact]
    public void A_rag_key_printed_in_the_document_is_that_documents_key()
    {
        // 92 against 100 is 8% short: red under Brent's 10% band only if the document does not say otherwise.
        var row = Obs.Row("brent", "b.docx", "% of residents satisfied with their area", Q2, 100, 92, Rag.Amber);
        string[] printed = ["Key: Green = on or better than target; Amber = within 5% of target; Red = more than 5% off target"];

        Run("brent", row).Should().BeEmpty();
        SharedCheckRules.Checks.Run(CheckScope.Document, new CheckInput("brent", [row], printed), CheckNames.RagVsValues)
            .Should().ContainSingle().Which.Message.Should().Contain("the document's key");
    }
}
