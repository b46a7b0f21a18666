using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Extraction.Tests;

/// <summary>
/// Havering O&amp;S Q1 2017/18 (seed 004): sub-committee column merged down, value and RAG in one cell,
/// trend headers spanning an arrow and the comparator's value, and arrows that mean performance.
/// </summary>
public sealed class HaveringLayoutTests
{
    private static Table HaveringTable()
    {
        var rows = new List<TableRow>();
        Cell Text(int r, int c, string text, int colSpan = 1, int rowSpan = 1, bool bold = false) =>
            new(r, c, [new TextRun(text, bold)], RowSpan: rowSpan, ColumnSpan: colSpan);

        rows.Add(new TableRow(0, [
            Text(0, 0, "Sub-committee", bold: true), Text(0, 1, "Indicator and Description", bold: true), Text(0, 2, "Value", bold: true),
            Text(0, 3, "2017/18 Annual Target", bold: true), Text(0, 4, "2017/18 Q1 Target", bold: true),
            Text(0, 5, "2017/18 Q1 Performance", bold: true), Text(0, 6, "Short Term DOT against Annual 2016/17 (Q4)", 2, bold: true),
            Text(0, 8, "Long Term DOT against Q1 2016/17", 2, bold: true), Text(0, 10, "Comments", bold: true),
        ], IsDeclaredHeader: true));
        rows.Add(new TableRow(1, [
            Text(1, 0, "Towns and Communities", rowSpan: 2), Text(1, 1, "% of housing repairs completed within target"),
            Text(1, 2, "Bigger is better"), Text(1, 3, "96%"), Text(1, 4, "96%"), Text(1, 5, "99% GREEN"),
            Text(1, 6, "↑"), Text(1, 7, "90.6%"), Text(1, 8, "↑"), Text(1, 9, "89.42%"),
            Text(1, 10, "Performance is above target and has improved compared to the same time last year."),
        ]));
        rows.Add(new TableRow(2, [
            Text(2, 1, "No. of Stage 2 complaints received"), Text(2, 2, "Smaller is better"), Text(2, 3, "N/A"),
            Text(2, 4, "N/A"), Text(2, 5, "36"), Text(2, 6, "-"), Text(2, 7, "NEW"), Text(2, 8, "-"), Text(2, 9, "NEW"),
            Text(2, 10, "These figures reflect complaints performance."),
        ]));
        return new Table(2, rows, 11, ["2017-18 Corporate Performance Indicator"]);
    }

    private static IReadOnlyList<Observation> Extract() =>
        Rules.Extractor().Extract(TableBuilder.Document("havering.docx",
            ["O&S Board Performance Report: Quarter One 2017/18", "London Borough of Havering"], HaveringTable())).Observations;

    [Fact]
    public void The_reporting_quarter_takes_target_value_rag_in_one_cell_and_both_trends()
    {
        var q1 = Extract().Single(o => o.Indicator.StartsWith("% of housing") && o.Period.Label == "Q1 2017/18");

        q1.Target.Should().Be(96m);
        q1.Actual.Should().Be(99m);
        q1.ActualRaw.Should().Be("99% GREEN");
        q1.Rag.Should().Be(Rag.Green);
        q1.RagSource.Should().Be(RagSource.Text);
        q1.Dot.Should().Be(Direction.Improving);
        q1.DotYoy.Should().Be(Direction.Improving);
        q1.Polarity.Should().Be(Polarity.Higher);
        q1.Council.Should().Be("havering");
        q1.Section.Should().Be("Towns and Communities");
        q1.Commentary.Should().StartWith("Performance is above target");
    }

    [Fact]
    public void Comparator_values_and_the_annual_target_are_observations_of_their_own_periods()
    {
        var repairs = Extract().Where(o => o.Indicator.StartsWith("% of housing")).ToDictionary(o => o.Period.Label);

        repairs.Keys.Should().BeEquivalentTo("Q1 2017/18", "2017/18", "2016/17", "Q1 2016/17");
        repairs["2017/18"].Target.Should().Be(96m);
        repairs["2017/18"].Actual.Should().BeNull();
        repairs["2016/17"].Actual.Should().Be(90.6m);
        repairs["Q1 2016/17"].Actual.Should().Be(89.42m);
        repairs["2016/17"].Dot.Should().BeNull("the trend describes the reporting quarter, not its comparator");
        repairs["Q1 2016/17"].Commentary.Should().BeEmpty();
    }

    [Fact]
    public void A_row_under_a_merged_sub_committee_keeps_its_section_and_new_comparators_are_absent()
    {
        var complaints = Extract().Where(o => o.Indicator.StartsWith("No. of Stage 2")).ToList();

        complaints.Should().ContainSingle().Which.Period.Label.Should().Be("Q1 2017/18");
        complaints[0].Section.Should().Be("Towns and Communities");
        complaints[0].Actual.Should().Be(36m);
        complaints[0].Polarity.Should().Be(Polarity.Lower);
        complaints[0].Unit.Should().Be(Unit.Count);
    }
}
