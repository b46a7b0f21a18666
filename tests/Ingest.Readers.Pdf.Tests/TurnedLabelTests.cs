using System.Globalization;
using System.Text;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Mutool;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// Havering's sub-committee labels run down merged cells. Printed, a label too long for a short row
/// runs over into the indicator column, and one cut by a page break or a repeated header row shows in
/// pieces ("Childre" / "n and Learning"); each row must still carry the whole label, as in Word.
/// </summary>
public sealed class TurnedLabelTests
{
    [Theory]
    [InlineData("havering/havering-os-board-performance-q2-2018-19.pdf", "Deployable police resources", "Crime and Disorder")]
    [InlineData("havering/havering-os-board-performance-q2-2018-19.pdf", "% of ASB reports relating to traveller incursions", "Crime and Disorder")]
    [InlineData("havering/havering-os-board-performance-q1-2017-18.pdf", "No. of early years education offers", "Children and Learning")]
    [InlineData("havering/havering-os-board-performance-q1-2017-18.pdf", "% of young people leaving care", "Children and Learning")]
    [InlineData("havering/havering-os-board-performance-q1-2017-18.pdf", "No. of apprentices (aged 16-18)", "Children and Learning")]
    public void A_label_cut_by_a_break_or_run_over_its_cell_reads_whole(string relativePath, string indicator, string label)
    {
        var content = CorpusTwinTests.ReadPdf(Path.Combine(RepositoryPaths.Corpus, relativePath));

        var row = content.Tables.SelectMany(t => t.Rows)
            .Single(r => r.Cells.Any(c => c.Column == 1 && TextNormaliser.Collapse(c.Text).StartsWith(indicator, StringComparison.Ordinal)));
        var indicatorCell = row.Cells.Single(c => c.Column == 1);
        indicatorCell.Text.Should().NotEndWith("rder", "the label's last line belongs to the label, not the indicator");
        var table = content.Tables.Single(t => t.Rows.Contains(row));
        TextNormaliser.Collapse(table.OriginAt(row.Index, 0)?.Text).Should().Be(label);
    }

    [Theory]
    [InlineData("568.803")]
    [InlineData(".55615237")]
    [InlineData("-12")]
    [InlineData("0")]
    [InlineData("-.028")]
    [InlineData("595.30398")]
    [InlineData("1e-05")]
    [InlineData("123456789012345678")]
    [InlineData("0.1000000000000000055511151231257827")]
    public void Trace_numbers_parse_exactly_as_the_general_parser_does(string text)
    {
        DecimalBytes.TryParse(Encoding.ASCII.GetBytes(text), out var value).Should().BeTrue();
        value.Should().Be(double.Parse(text, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("12px")]
    public void Text_that_is_not_a_number_is_refused(string text) =>
        DecimalBytes.TryParse(Encoding.ASCII.GetBytes(text), out _).Should().BeFalse();

    [Fact]
    public void The_output_pump_hands_on_every_byte_in_order()
    {
        var bytes = Enumerable.Range(0, 1_000_000).Select(i => (byte)(i * 7)).ToArray();
        using var pump = new OutputPump(new MemoryStream(bytes));
        using var copy = new MemoryStream();
        pump.CopyTo(copy, 3000);
        copy.ToArray().Should().Equal(bytes);
    }
}
