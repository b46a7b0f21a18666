using CorpusBuilder.Corpus;
using CorpusBuilder.Havering;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

public sealed class HaveringTests
{
    private static readonly HaveringQuarter Seed = HaveringSeed.Load();

    private static HaveringLine Line(string indicatorStart) =>
        Seed.Lines.Single(l => l.Indicator.StartsWith(indicatorStart, StringComparison.Ordinal));

    [Fact]
    public void The_seed_table_has_every_row_on_its_page()
    {
        Seed.Pages.Select(p => p.Count).Should().Equal(8, 8, 4, 3, 6, 5);
        Seed.Lines.Select(l => l.SubCommittee).Distinct().Should().Equal(
            "Towns and Communities", "Crime and Disorder", "Health", "Individuals", "Environment", "Children and Learning");
    }

    [Fact]
    public void Cyrillic_tbc_is_repaired_and_nothing_else_is_cyrillic()
    {
        HaveringRepairs.Repair("\u0422\u0412\u0421").Should().Be("TBC");
        HaveringRepairs.Repair("TBC").Should().Be("TBC");
        var cells = Seed.Lines.SelectMany(l => new[] { l.Value, l.AnnualTarget, l.QuarterTarget, l.Performance, l.Comments });

        cells.Where(c => c.Any(ch => ch >= '\u0400' && ch <= '\u04FF')).Should().BeEmpty();
        Line("Deployable police resources").AnnualTarget.Should().Be("TBC");
        Line("Emergency admission rates").QuarterTarget.Should().Be("TBC");
    }

    [Theory]
    [InlineData(Polarity.Higher, "99% GREEN", "90.6%", "↑")]
    [InlineData(Polarity.Higher, "51% (avg.) RED", "72.4% (16-17)", "↓")]
    [InlineData(Polarity.Higher, "33.3% RED", "33.3%", "→")]
    [InlineData(Polarity.Lower, "15.9% RED", "14.5%", "↓")]
    [InlineData(Polarity.Lower, "0.8 days GREEN", "1.5 days", "↑")]
    [InlineData(Polarity.Higher, "83% RED", "NEW", "-")]
    [InlineData(Polarity.Higher, "N/A", "770 (AY 15-16)", "-")]
    public void Arrows_show_performance_whatever_the_polarity(Polarity polarity, string performance, string comparator, string arrow)
    {
        var unit = performance.Contains('%', StringComparison.Ordinal) ? Unit.Percent : Unit.Count;

        HaveringArrows.Compare(polarity, unit, performance, comparator).Should().Be(arrow);
    }

    [Fact]
    public void Rows_whose_comparator_is_lost_keep_the_direction_their_comment_states()
    {
        Line("Rate of permanent admissions").LongArrow.Should().Be("↑");
        Line("% of looked after children placements lasting at least 2 years").LongArrow.Should().Be("↓");
        Line("Emergency admission rates").LongArrow.Should().Be("-");
    }

    [Fact]
    public void Comparator_values_become_observations_of_their_own_periods()
    {
        var gold = Entry().Observations.Where(o => o.Indicator == "% of housing repairs completed within target").ToList();

        gold.Select(o => (o.Period.Label, o.TargetRaw, o.ActualRaw)).Should().Equal(
            ("2017/18", "96%", ""), ("Q1 2017/18", "96%", "99% GREEN"), ("2016/17", "", "90.6%"), ("Q1 2016/17", "", "89.42%"));
        var quarter = gold[1];
        (quarter.Actual, quarter.Rag, quarter.RagSource, quarter.Dot, quarter.DotYoy).Should()
            .Be((99m, Rag.Green, RagSource.Text, Direction.Improving, Direction.Improving));
        gold.Should().OnlyContain(o => o.Section == "Towns and Communities" && o.Polarity == Polarity.Higher);
    }

    [Fact]
    public void New_and_missing_comparators_give_no_observation()
    {
        var gold = Entry().Observations;

        gold.Where(o => o.Indicator == "% of Stage 1 complaints closed within 15 days").Select(o => o.Period.Label)
            .Should().Equal("2017/18", "Q1 2017/18");
        gold.Should().NotContain(o => o.ActualRaw == "NEW" || o.TargetRaw == "NEW");
    }

    [Fact]
    public void Sub_committee_cells_are_merged_down_each_page_and_printed_sideways()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Entry().File.Render()), false);
        var table = doc.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(1);
        var firstCells = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().First()).ToList();
        var restarts = firstCells.Where(c => c.TableCellProperties?.VerticalMerge?.Val?.Value == MergedCellValues.Restart).ToList();

        restarts.Select(c => c.InnerText).Should().Equal(
            "Towns and Communities", "Crime and Disorder", "Crime and Disorder", "Health", "Individuals", "Environment",
            "Children and Learning", "Children and Learning", "Children and Learning", "Children and Learning");
        restarts.Should().OnlyContain(c => c.TableCellProperties!.TextDirection!.Val!.Value == TextDirectionValues.BottomToTopLeftToRight);
        firstCells.Count(c => c.InnerText == "Sub-committee").Should().Be(6);
    }

    [Fact]
    public void Each_direction_header_spans_its_arrow_and_value_columns()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Entry().File.Render()), false);
        var header = doc.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(1).Elements<TableRow>().First();
        var spanned = header.Elements<TableCell>().Where(c => c.TableCellProperties?.GridSpan?.Val?.Value == 2).Select(c => c.InnerText);

        spanned.Should().Equal("Short Term DOT against Annual 2016/17 (Q4)", "Long Term DOT against Q1 2016/17");
        header.TableRowProperties!.GetFirstChild<TableHeader>().Should().NotBeNull();
    }

    private static CorpusEntry Entry() => HaveringEntries.All().Single(e => e.Period == "Q1 2017/18" && e.Format == "docx");
}
