using Ingest.Core.Observations;

namespace Ingest.Extraction.Tests;

/// <summary>The Harrow Q2 2023/24 appendix (seed 001): RAG is only the colour of a bullet in an unlabelled column.</summary>
public sealed class BulletRagTableTests
{
    [Fact]
    public void An_unlabelled_column_of_coloured_bullets_is_the_rag()
    {
        var builder = new TableBuilder(5)
            .Header("", "Indicator Description", "Polarity: High ▲ or Low ▼\nis 'good'", "Target Q2 2023/24", "Actual\nQ2 2023/24");
        builder.Cells(Cells.Glyph("●", "00B050"), Cells.Text(" Total of all IT incidents raised during reporting period"),
            Cells.Text("▼"), Cells.Text("4500"), Cells.Text("3640"));
        builder.Cells(Cells.Glyph("●", "FFC000"), Cells.Text("% operating time without active P1 or P2 outages on customer facing systems"),
            Cells.Text("▲"), Cells.Text("98%"), Cells.Text("97%"));
        builder.Cells(Cells.Glyph("●", "FF0000"), Cells.Text("% FOI responses within 20 working days"),
            Cells.Text("▲"), Cells.Text("90%"), Cells.Text("79%"));
        var document = TableBuilder.Document("q2.docx", ["APPENDIX 1 - STRATEGIC PERFORMANCE REPORT Q2 2023-24", "Harrow"],
            builder.Build(4, "Performance Indicators – Residents First Q2"));

        var observations = Rules.Extractor().Extract(document).Observations;

        observations.Select(o => o.Rag).Should().Equal(Rag.Green, Rag.Amber, Rag.Red);
        observations.Should().OnlyContain(o => o.RagSource == RagSource.Colour && o.Period.Label == "Q2 2023/24");
        observations.Should().OnlyContain(o => o.Section == "Performance Indicators – Residents First Q2");
        observations[0].Indicator.Should().Be("Total of all IT incidents raised during reporting period");
        observations[0].Polarity.Should().Be(Polarity.Lower);
        observations[0].Table.Should().Be(4);
        observations[0].Row.Should().Be(2);
    }

    [Fact]
    public void A_column_of_coloured_bullets_under_a_cut_header_and_a_period_is_the_rag_not_an_actual()
    {
        // A scan lost the "us" of a narrow "Stat" / "us Q1 2022/23": what is left is a word and a period, yet
        // the cells under it are ratings (seed 6161's Brent).
        var builder = new TableBuilder(5).Header("Measure", "Outturn Q4 2021/22", "Outturn Q1 2022/23", "Tgt Q1 2022/23", "Stat Q1 2022/23");
        builder.Cells(Cells.Text("Households in temporary accommodation"), Cells.Text("1,738"), Cells.Text("1,866"), Cells.Text("1,708"),
            Cells.Glyph("●", "FF0000"));
        builder.Cells(Cells.Text("Office accommodation running costs (£)"), Cells.Text("£3.4m"), Cells.Text("£3.5m"), Cells.Text("£3.9m"),
            Cells.Glyph("●", "00B050"));
        builder.Cells(Cells.Text("Calls to the front office answered in 60 seconds"), Cells.Text("81%"), Cells.Text("80%"), Cells.Text("82%"),
            Cells.Glyph("●", "FFC000"));

        var observations = Rules.Extractor().Extract(TableBuilder.Document("scan.pdf", ["Brent"], builder.Build())).Observations;

        var latest = observations.Where(o => o.Period.Label == "Q1 2022/23").ToList();
        latest.Select(o => o.Rag).Should().Equal(Rag.Red, Rag.Green, Rag.Amber);
        latest.Select(o => o.Actual).Should().Equal(1866m, 3500000m, 80m);
    }

    [Fact]
    public void A_table_of_actions_without_targets_or_actuals_is_not_a_scorecard()
    {
        var builder = new TableBuilder(2).Row("", "A COUNCIL THAT PUTS ITS RESIDENTS FIRST").Row("", "COMPLETED");
        builder.Cells(Cells.Glyph("●", "00B050"), Cells.Text("Adopt new planning protections to restrict tall buildings in our suburbs"));
        var result = Rules.Extractor().Extract(TableBuilder.Document("q2.docx", ["Harrow"], builder.Build()));

        result.Observations.Should().BeEmpty();
        result.Tables.Should().ContainSingle().Which.IsScorecard.Should().BeFalse();
    }
}
