namespace Ingest.Extraction.Tests;

/// <summary>Flagship Actions (seed 001): action texts under status rows are actions, not indicators.</summary>
public sealed class ActionListTests
{
    [Fact]
    public void Actions_take_the_status_row_above_them_and_the_heading_row_as_section()
    {
        var builder = new TableBuilder(2)
            .Cells(Cells.Text(" "), (r, c) => new Core.Tables.Cell(r, c, [new Core.Tables.TextRun("A COUNCIL THAT PUTS ITS RESIDENTS FIRST", Bold: true)]))
            .Row(" ", "COMPLETED")
            .Cells(Cells.Glyph("●", "0070C0"), Cells.Text("Adopt new planning protections to restrict tall buildings in our suburbs"))
            .Row(" ", "AMBER")
            .Cells(Cells.Glyph("●", "FFC000"), Cells.Text("Better control conversions from houses into flats to preserve the character of Harrow."));
        var result = Rules.Extractor().Extract(TableBuilder.Document("q2.docx",
            ["APPENDIX 1 - STRATEGIC PERFORMANCE REPORT Q2 2023-24", "Harrow"], builder.Build()));

        result.Observations.Should().BeEmpty();
        result.Actions.Select(a => (a.Status, a.Section)).Should().Equal(
            ("completed", "A COUNCIL THAT PUTS ITS RESIDENTS FIRST"), ("amber", "A COUNCIL THAT PUTS ITS RESIDENTS FIRST"));
        result.Actions[0].Text.Should().StartWith("Adopt new planning protections");
        result.Actions[0].Row.Should().Be(3);
        result.Actions[0].PeriodLabel.Should().Be("Q2 2023/24");
    }
}
