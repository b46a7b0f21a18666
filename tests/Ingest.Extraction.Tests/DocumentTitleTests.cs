using Ingest.Core.Tables;

namespace Ingest.Extraction.Tests;

/// <summary>What the extractor makes of the title and sheet names a reader sets on the document.</summary>
public sealed class DocumentTitleTests
{
    private static readonly string[] Header = ["Indicator", "Polarity", "Target Q1 2023/24", "Actual Q1 2023/24", "RAG"];

    private static Table Scorecard() =>
        new TableBuilder(5).Header(Header).Row("% of calls answered", "▲", "90%", "93%", "GREEN").Build();

    [Fact]
    public void A_declared_title_is_the_reports_title_before_any_paragraph()
    {
        var document = TableBuilder.Document("q1.docx", ["Appendix 2", "Harrow Council"], Scorecard()) with
        {
            Title = "Corporate Scorecard Q1 2023-24",
        };

        Rules.Extractor().Extract(document).Title.Should().Be("Corporate Scorecard Q1 2023-24");
    }

    [Fact]
    public void Without_a_declared_title_a_sheets_name_is_not_taken_for_one()
    {
        var document = TableBuilder.Document("q1.xlsx", ["Harrow Council Corporate Scorecard"], Scorecard()) with
        {
            Parts = [new DocumentPart("Scorecard", 0)],
        };

        Rules.Extractor().Extract(document).Title.Should().Be("Harrow Council Corporate Scorecard");
    }

    [Fact]
    public void The_council_and_period_can_be_stated_by_the_title_alone()
    {
        var document = TableBuilder.Document("q1.html", [], Scorecard()) with
        {
            Title = "Cabinet - Corporate Scorecard Q1 2023/24 - London Borough of Harrow",
        };

        var result = Rules.Extractor().Extract(document);

        result.Council.Should().Be("harrow");
        result.ReportingPeriod!.Label.Should().Be("Q1 2023/24");
    }

    [Fact]
    public void A_sheets_name_is_stated_just_before_the_text_of_that_sheet()
    {
        var content = TableBuilder.Document("q.xlsx", ["Harrow Council", "Reported in Q2 2023/24"]) with
        {
            Parts = [new DocumentPart("Q1 2023-24", 1)],
        };

        content.StatedText().Should().Equal("Harrow Council", "Q1 2023-24", "Reported in Q2 2023/24");
    }

    [Fact]
    public void A_finance_report_is_told_by_its_declared_title()
    {
        var document = TableBuilder.Document("finance.docx", ["Harrow Council"], Scorecard()) with
        {
            Title = "Revenue and Capital Budget Monitoring Report Q1 2023/24",
        };

        var result = Rules.Extractor().Extract(document);

        result.Observations.Should().BeEmpty();
        result.Title.Should().Be("Revenue and Capital Budget Monitoring Report Q1 2023/24");
    }
}
