using System.Xml.Linq;
using Ingest.Cli.Output;
using Ingest.Explorer.Charts;

namespace Ingest.Cli.Tests.Dataset;

public sealed class SparklineAndChartTests
{
    [Fact]
    public void Lowest_value_is_the_lowest_block_and_highest_the_full_block()
    {
        // Harrow's households in temporary accommodation, Q1 2022/23 .. Q1 2024/25 (seed 000 and the corpus).
        Sparkline.Of([1073, 1082, 1098, 1178]).Should().Be("▁▂▃█");
    }

    [Fact]
    public void A_gap_is_a_space_and_a_flat_series_sits_in_the_middle()
    {
        Sparkline.Of([95, null, 95]).Should().Be("▄ ▄");
        Sparkline.Of([null, null]).Should().Be("  ");
    }

    [Fact]
    public void The_chart_breaks_its_line_at_a_missing_value_and_escapes_labels()
    {
        var svg = new SvgChart().Write("Calls answered <90% & more>", "percent",
        [
            new ChartPoint("Q1 2023/24", 95, 90, "green"),
            new ChartPoint("Q2 2023/24", 93, 90, "green"),
            new ChartPoint("Q3 2023/24", null, 90),
            new ChartPoint("Q4 2023/24", 88, 90, "red"),
        ]);

        var doc = XDocument.Parse(svg);
        var polylines = doc.Descendants().Where(e => e.Name.LocalName == "polyline").ToList();
        polylines.Where(p => (string?)p.Attribute("class") == "actual").Should().ContainSingle("the lone Q4 point after the gap is no line");
        polylines.Where(p => (string?)p.Attribute("class") == "target").Single().Attribute("points")!.Value.Split(' ').Should().HaveCount(4);
        doc.Descendants().Where(e => e.Name.LocalName == "circle").Select(c => (string?)c.Attribute("fill"))
            .Should().Equal("#2ca02c", "#2ca02c", "#d62728");
        svg.Should().Contain("Calls answered &lt;90% &amp; more&gt;");
    }
}
