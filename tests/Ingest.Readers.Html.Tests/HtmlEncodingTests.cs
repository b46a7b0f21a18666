using System.Text;

namespace Ingest.Readers.Html.Tests;

public sealed class HtmlEncodingTests
{
    private const string ScorecardRow =
        "<table><tr><td>Recycling costs the council approximately £7m per year – see note</td></tr></table>";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static string Cell(byte[] bytes) => Page.ReadBytes(bytes).Tables.Single().TextAt(0, 0);

    [Fact]
    public void Utf8_is_the_default()
    {
        Cell(Encoding.UTF8.GetBytes("<html><body>" + ScorecardRow + "</body></html>"))
            .Should().Be("Recycling costs the council approximately £7m per year – see note");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_honoured_and_not_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<p>Corporate Scorecard</p>" + ScorecardRow)).ToArray();

        var content = Page.ReadBytes(bytes);

        content.Paragraphs.Should().Equal("Corporate Scorecard");
        content.Tables.Single().TextAt(0, 0).Should().Contain("£7m");
    }

    [Fact]
    public void A_utf16_page_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body>" + ScorecardRow)).ToArray();

        Cell(bytes).Should().Contain("£7m per year – see");
    }

    [Fact]
    public void A_utf16_page_without_a_byte_order_mark_is_recognised_not_refused_as_binary()
    {
        Cell(Encoding.BigEndianUnicode.GetBytes("<html><body>" + ScorecardRow)).Should().Contain("£7m");
    }

    [Fact]
    public void A_windows_1252_page_declared_by_meta_charset_is_decoded()
    {
        var bytes = Windows1252.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>" + ScorecardRow);
        bytes.Should().Contain(0xA3, "the pound sign is one byte in Windows-1252");

        Cell(bytes).Should().Be("Recycling costs the council approximately £7m per year – see note");
    }

    [Fact]
    public void An_iso_8859_1_label_in_http_equiv_means_windows_1252_as_in_browsers()
    {
        // The en dash (0x96) only exists in Windows-1252; browsers read Latin-1 labels as Windows-1252.
        var bytes = Windows1252.GetBytes(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>" + ScorecardRow);

        Cell(bytes).Should().Be("Recycling costs the council approximately £7m per year – see note");
    }

    [Fact]
    public void An_undeclared_page_that_is_not_utf8_is_read_as_windows_1252()
    {
        var content = Page.ReadBytes(Windows1252.GetBytes("<html><body>" + ScorecardRow));

        content.Tables.Single().TextAt(0, 0).Should().Be("Recycling costs the council approximately £7m per year – see note");
        content.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_page_that_says_utf8_but_is_windows_1252_is_read_as_windows_1252_with_a_warning()
    {
        var content = Page.ReadBytes(Windows1252.GetBytes("<html><head><meta charset=utf-8></head><body>" + ScorecardRow));

        content.Tables.Single().TextAt(0, 0).Should().Contain("£7m");
        content.Warnings.Should().ContainSingle().Which.Should().Contain("Windows-1252");
    }

    [Fact]
    public void A_page_that_says_latin_1_but_is_utf8_is_read_as_utf8_with_a_warning()
    {
        var content = Page.ReadBytes(Encoding.UTF8.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body>" + ScorecardRow));

        content.Tables.Single().TextAt(0, 0).Should().Be("Recycling costs the council approximately £7m per year – see note");
        content.Warnings.Should().ContainSingle().Which.Should().Be("the page says it is iso-8859-1 but is UTF-8; it was read as UTF-8");
    }

    [Fact]
    public void A_declared_charset_other_than_windows_1252_is_honoured()
    {
        var latin9 = CodePagesEncodingProvider.Instance.GetEncoding("iso-8859-15")!;
        var bytes = latin9.GetBytes("<html><head><meta charset=\"iso-8859-15\"></head><body><table><tr><td>Budget €7m</td></tr></table>");

        Cell(bytes).Should().Be("Budget €7m");
    }

    [Fact]
    public void The_byte_order_mark_wins_over_the_meta_charset()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>" + ScorecardRow)).ToArray();

        Cell(bytes).Should().Contain("£7m per year – see");
    }
}
