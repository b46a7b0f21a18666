using Ingest.Cli.Evaluation;

namespace Ingest.Cli.Tests;

public sealed class GoldComparerTests
{
    private const string Header = "council,indicator,period_label,period_type,period_start,period_end,target,actual,rag,owner";

    [Fact]
    public void Rows_match_on_council_indicator_and_period_and_fields_are_scored()
    {
        var expected = GoldComparer.ParseCsv(Header + "\n" +
            "harrow,% FOI responses,Q1 2023/24,quarter,2023-04-01,2023-06-30,90,94,green,Clr A\n" +
            "harrow,% FOI responses,Q4 2022/23,quarter,2023-01-01,2023-03-31,90,85,green,Clr A\n");
        var extracted = GoldComparer.ParseCsv(Header + "\n" +
            "harrow,%  FOI responses,Q1 2023/24,quarter,2023-04-01,2023-06-30,90.0,94,amber,Clr A\n" +
            "harrow,Something else,Q1 2023/24,quarter,2023-04-01,2023-06-30,1,2,red,\n");

        var result = GoldComparer.Compare("doc", expected, extracted);

        result.Matched.Should().Be(1);
        result.Precision.Should().Be(0.5);
        result.Recall.Should().Be(0.5);
        result.Fields.Single(f => f.Field == "target").Accuracy.Should().Be(1.0, "90.0 and 90 are the same number");
        result.Fields.Single(f => f.Field == "rag").Accuracy.Should().Be(0.0);
        result.Differences.Should().Contain(d => d.StartsWith("missing:")).And.Contain(d => d.StartsWith("unexpected:"));
    }

    [Fact]
    public void A_document_expected_to_yield_nothing_scores_perfectly_when_it_yields_nothing()
    {
        var result = GoldComparer.Compare("cover", [], []);
        result.Precision.Should().Be(1.0);
        result.Recall.Should().Be(1.0);
    }
}
