using CorpusBuilder.Corpus;
using CorpusBuilder.Harrow.Strategic;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

/// <summary>Derived documents keep their layout's vocabulary, and their RAG agrees with the council's own key.</summary>
public sealed class DerivedDocumentsTests
{
    private static readonly IReadOnlyList<CorpusEntry> Entries = CorpusEntries.All();

    private static readonly HashSet<string> SeededHarrowQuarters = ["Q1 2022/23", "Q4 2022/23", "Q1 2023/24", "Q2 2023/24"];

    [Fact]
    public void Every_layout_has_at_least_three_reporting_periods()
    {
        // A randomised document's layout is the options it drew, one document each: the randomiser's own tests cover it.
        var periods = Entries.Where(e => e.Origin != CorpusBuilder.Randomised.RandomDocument.Origin).GroupBy(e => e.Layout).ToDictionary(g => g.Key, g => g.Select(e => e.Period).Distinct().Count());

        // The check cases are two reports made to trip the checks (a re-reported value), not a layout of their own.
        periods.Where(p => p.Key is not ("cover-report-no-indicators" or BrentEntries.WorkbookLayout or CorpusBuilder.Checks.CheckCaseEntries.Layout))
            .Should().OnlyContain(p => p.Value >= 3);
        // The year-end workbook is one document holding four quarters, a sheet each.
        Entries.Single(e => e.Layout == BrentEntries.WorkbookLayout).Observations.Select(o => o.Period.Label).Distinct().Should().HaveCount(4);
    }

    [Fact]
    public void Derived_harrow_quarters_are_rated_with_harrows_key()
    {
        var checkedCount = 0;
        foreach (var entry in Entries.Where(e => e.Origin == CorpusEntry.Derived && e.Council == "harrow" && e.Layout != HarrowRecessionEntries.Layout
                                                 && e.Layout != CorpusBuilder.Checks.CheckCaseEntries.Layout))
        {
            foreach (var o in entry.Observations.Where(o => !SeededHarrowQuarters.Contains(o.Period.Label)
                                                           && o.Rag is not null && o.Target is not null && o.Actual is not null
                                                           && o.Polarity is Polarity.Higher or Polarity.Lower))
            {
                o.Rag.Should().Be(StrategicRag.Compute(o.Polarity!.Value, o.Target!.Value, o.Actual!.Value),
                    $"{entry.FileName} {o.Period.Label} {o.Indicator}: {o.TargetRaw} v {o.ActualRaw}");
                checkedCount++;
            }
        }
        checkedCount.Should().BeGreaterThan(300);
    }

    [Fact]
    public void Derived_havering_quarters_are_green_on_or_better_than_target_and_red_otherwise()
    {
        var checkedCount = 0;
        foreach (var entry in Entries.Where(e => e.Origin == CorpusEntry.Derived && e.Council == "havering"))
        {
            foreach (var o in entry.Observations.Where(o => o.Rag is not null && o.Target is not null && o.Actual is not null))
            {
                var met = o.Polarity == Polarity.Higher ? o.Actual >= o.Target : o.Actual <= o.Target;
                o.Rag.Should().Be(met ? Rag.Green : Rag.Red, $"{entry.FileName} {o.Indicator}");
                checkedCount++;
            }
        }
        checkedCount.Should().BeGreaterThan(60);
    }

    [Fact]
    public void A_derived_scorecard_shifts_its_period_groups_in_the_seeds_spelling()
    {
        var entry = Entries.Single(e => e.FileName == "harrow-corporate-scorecard-q1-2024-25.docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(entry.File.Render()), false);
        var header = doc.MainDocumentPart!.Document.Body!.Descendants<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText).ToList();

        header.Skip(3).Should().Equal(
            "Target Q1 2023/24", "Actual Q1 2023/24", "RAG Q1 - 23/24", "Target Q4 2023/24", "Actual Q4 - 2023/24", "RAG - Q4 23/24",
            "Target Q1 2024/25", "Actual Q1 2024/25", "RAG", "Trend vs previous Quarter", "Management Commentary Q1 24/25", "Portfolio Holder");
        entry.Observations.Select(o => o.Period.Label).Distinct().Should().Equal("Q1 2023/24", "Q4 2023/24", "Q1 2024/25");
    }

    [Fact]
    public void A_later_report_repeats_the_seeds_quarter_as_printed()
    {
        var seed = Entries.Single(e => e.FileName == "harrow-corporate-scorecard-q1-2023-24.docx").Observations
            .Where(o => o.Period.Label == "Q1 2023/24").ToDictionary(o => o.Indicator);
        var later = Entries.Single(e => e.FileName == "harrow-corporate-scorecard-q2-2023-24.docx").Observations
            .Where(o => o.Period.Label == "Q1 2023/24").ToList();

        later.Should().HaveCount(seed.Count);
        later.Should().OnlyContain(o => seed[o.Indicator].TargetRaw == o.TargetRaw && seed[o.Indicator].ActualRaw == o.ActualRaw && seed[o.Indicator].Rag == o.Rag);
    }

    [Fact]
    public void Derived_documents_say_so()
    {
        foreach (var entry in Entries.Where(e => e.Origin == CorpusEntry.Derived && e.File is DocxFile))
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(entry.File.Render()), false);
            doc.PackageProperties.Description.Should().StartWith("Derived test document", entry.FileName);
            doc.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("Derived test document", entry.FileName);
        }
    }
}
