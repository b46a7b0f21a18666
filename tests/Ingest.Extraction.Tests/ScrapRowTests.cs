namespace Ingest.Extraction.Tests;

/// <summary>
/// A lone scrap of digits or marks between the header and the first indicator is no section heading: a scan's reading
/// of a header wrapped onto a third line ("Status Q3 201" / "9/2" / "0", seed 8282's Kent) left the "0" below the
/// header band, and every row's section was "0".
/// </summary>
public sealed class ScrapRowTests
{
    [Fact]
    public void A_lone_digit_under_the_header_names_no_section()
    {
        var builder = new TableBuilder(4).Header("KPI", "Tgt Q3 2019/20", "Outturn Q3 2019/20", "Status Q3 2019/20");
        builder.Row("", "", "", "0");
        builder.Row("Percentage of financial assessments finalised within 10 working days", "85%", "93.2%", "Green");
        builder.Section("Finance");
        builder.Row("Efficiency savings delivered in year (£)", ">=£1.6m", "£1.5m", "Amber");
        var document = TableBuilder.Document("kent.pdf", ["Kent County Council", "Corporate Performance Scorecard Q3 2019/20"],
            builder.Build(1, "Corporate Performance Scorecard Q3 2019/20"));

        var observations = Rules.Extractor().Extract(document).Observations;

        observations.Select(o => o.Section).Should().Equal("Corporate Performance Scorecard Q3 2019/20", "Finance");
    }
}
