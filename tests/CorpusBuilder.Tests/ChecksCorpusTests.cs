using CorpusBuilder.Checks;
using CorpusBuilder.Corpus;
using DocumentFormat.OpenXml.Packaging;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

/// <summary>The check-case reports carry their planted errors both in the document and, faithfully, in the gold file.</summary>
public sealed class ChecksCorpusTests
{
    private static readonly IReadOnlyList<CorpusEntry> Entries = CheckCaseEntries.All();

    private static CorpusEntry Q2 => Entries.Single(e => e.Period == "Q2 2023/24");
    private static CorpusEntry Q3 => Entries.Single(e => e.Period == "Q3 2023/24");

    private static Observation Gold(CorpusEntry entry, string indicator, Period period) =>
        entry.Observations.Single(o => o.Indicator == indicator && o.Period == period);

    private static string Text(CorpusEntry entry)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(entry.File.Render()), false);
        return doc.MainDocumentPart!.Document.Body!.InnerText;
    }

    [Fact]
    public void Two_harrow_reports_land_in_corpus_checks_as_derived_documents()
    {
        Entries.Select(e => e.RelativePath).Should().Equal(
            "checks/harrow-checks-performance-q2-2023-24.docx", "checks/harrow-checks-performance-q3-2023-24.docx");
        Entries.Should().OnlyContain(e => e.Council == "harrow" && e.Origin == CorpusEntry.Derived && e.TableCount == 1);
        CorpusEntries.All().Should().Contain(e => e.RelativePath.StartsWith("checks/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_q2_report_prints_a_green_for_planning_appeals_38_percent_against_a_30_percent_ceiling()
    {
        var appeals = Gold(Q2, CheckCases.PlanningAppeals, Period.FinancialQuarter(2023, 2));
        appeals.Should().Match<Observation>(o => o.Rag == Rag.Green && o.Target == 30 && o.Actual == 38 && o.Polarity == Polarity.Lower);
    }

    [Fact]
    public void The_q2_summary_sentence_disagrees_with_its_rows_and_the_q3_one_agrees()
    {
        static string Counted(CorpusEntry entry)
        {
            var latest = entry.Observations.Where(o => o.Rag is not null).Max(o => o.Period.End);
            var rags = entry.Observations.Where(o => o.Period.End == latest && o.Rag is not null).Select(o => o.Rag!.Value).ToList();
            return $"{rags.Count(r => r == Rag.Green)} are green, {rags.Count(r => r == Rag.Amber)} amber and {rags.Count(r => r == Rag.Red)} red";
        }
        Text(Q2).Should().Contain("3 are green, 1 amber and 1 red").And.NotContain(Counted(Q2));
        Counted(Q2).Should().Be("2 are green, 0 amber and 3 red");
        Text(Q3).Should().Contain(Counted(Q3));
    }

    [Fact]
    public void The_park_rating_is_a_percentage_in_q2_and_a_bare_fraction_in_q3()
    {
        Gold(Q2, CheckCases.ParkRating, Period.FinancialQuarter(2023, 2)).Should().Match<Observation>(o => o.Unit == Unit.Percent && o.Actual == 13);
        Gold(Q3, CheckCases.ParkRating, Period.FinancialQuarter(2023, 3)).Should().Match<Observation>(o => o.Unit == Unit.Count && o.Actual == 0.14m);
        Gold(Q3, CheckCases.ParkRating, Period.FinancialQuarter(2023, 2)).Actual.Should().BeNull("Q3 leaves Q2 blank, so only the jump, no revision");
    }

    [Fact]
    public void Missed_bins_fall_under_a_worsening_trend_and_homelessness_q2_is_reprinted_higher()
    {
        var bins = Gold(Q3, CheckCases.MissedBins, Period.FinancialQuarter(2023, 3));
        bins.Should().Match<Observation>(o => o.Dot == Direction.Declining && o.DotRaw == "Worsening" && o.Actual == 45 && o.Polarity == Polarity.Lower);
        Gold(Q3, CheckCases.MissedBins, Period.FinancialQuarter(2023, 2)).Actual.Should().Be(60);

        var q2 = Period.FinancialQuarter(2023, 2);
        Gold(Q2, CheckCases.Homelessness, q2).Actual.Should().Be(140);
        Gold(Q3, CheckCases.Homelessness, q2).Actual.Should().Be(152);
    }

    [Fact]
    public void Case_indicators_occur_nowhere_else_in_the_corpus()
    {
        var names = new[] { CheckCases.Streetlights, CheckCases.PlanningAppeals, CheckCases.ParkRating, CheckCases.MissedBins, CheckCases.Homelessness };
        CorpusEntries.All().Where(e => !e.RelativePath.StartsWith("checks/", StringComparison.Ordinal))
            .SelectMany(e => e.Observations).Should().NotContain(o => names.Contains(o.Indicator));
    }
}
