using DocumentFormat.OpenXml.Wordprocessing;
using static Ingest.Readers.Tests.DocxFixture;

namespace Ingest.Readers.Tests;

public sealed class DocxTextTests
{
    [Fact]
    public void Line_breaks_and_paragraphs_in_a_cell_become_newlines_tabs_spaces_and_no_break_hyphens_hyphens()
    {
        var cell = Tc(
            P("2022-23 0.19% / 32\nHarrow data"),
            P(R("Accessibility\t91%"), new Run(new Text("Gap lower than national")), new Run(new NoBreakHyphen()), R("National 52%")));

        var text = new DocxFixture().Add(Tbl(Tr(cell))).Read().Tables.Single().CellAt(0, 0)!.Text;

        text.Should().Be("2022-23 0.19% / 32\nHarrow data\nAccessibility 91%Gap lower than national-National 52%");
    }

    [Fact]
    public void An_empty_cell_has_no_visible_text()
    {
        var cell = new DocxFixture().Add(Tbl(Tr(Tc(P("")), Tc("Clr Anjana Patel")))).Read().Tables.Single().CellAt(0, 0)!;

        cell.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Table_context_is_the_last_six_non_empty_paragraphs_since_the_previous_table_nearest_last()
    {
        var content = new DocxFixture()
            .Text("Chief Executives Performance Morning Report", "Q3 2009/10")
            .Add(Tbl(Tr("Indicator", "Polarity")))
            .Text("Mitigating the Impact of the Recession", "", "Para 1", "Para 2", "Para 3", "Para 4", "Para 5",
                "HCE agreed at its last performance morning to receive updates on six indicators.", "   ")
            .Add(Tbl(Tr("Job Seekers Allowance", "↓")))
            .Add(Tbl(Tr("Empty Commercial Properties", "↓")))
            .Read();

        content.Tables[0].Context.Should().Equal("Chief Executives Performance Morning Report", "Q3 2009/10");
        content.Tables[1].Context.Should().Equal(
            "Para 1", "Para 2", "Para 3", "Para 4", "Para 5",
            "HCE agreed at its last performance morning to receive updates on six indicators.");
        content.Tables[2].Context.Should().BeEmpty();
    }

    [Fact]
    public void Paragraphs_are_headers_then_footers_then_body_text_outside_tables_and_the_title_apart()
    {
        var content = new DocxFixture()
            .Title("Corporate Scorecard Q1 2023-24")
            .Header(P("Appendix 2"))
            .Footer(P("Harrow Council"), Tbl(Tr("Page", "1")))
            .Text("Appendix 2 - Corporate Scorecard 2023-24")
            .Add(Tbl(Tr("% FOI responses within 20 working days", "94%")))
            .Text("", "Next Data Available in Q4 23/24")
            .Read();

        content.Title.Should().Be("Corporate Scorecard Q1 2023-24");
        content.Paragraphs.Should().Equal(
            "Appendix 2",
            "Harrow Council",
            "Page",
            "1",
            "Appendix 2 - Corporate Scorecard 2023-24",
            "Next Data Available in Q4 23/24");
    }

    [Fact]
    public void Without_a_title_the_paragraphs_start_with_the_body()
    {
        var content = new DocxFixture().Text("APPENDIX 1 - STRATEGIC PERFORMANCE REPORT Q2 2023-24").Read();

        content.Paragraphs.Should().Equal("APPENDIX 1 - STRATEGIC PERFORMANCE REPORT Q2 2023-24");
        content.Title.Should().BeNull();
        content.Tables.Should().BeEmpty();
        content.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void The_source_is_passed_through()
    {
        var bytes = new DocxFixture().Text("Date of Meeting: 24 January 2024").Build();

        var content = ReadBytes(bytes, "harrow-cabinet-2024-01-24.docx");

        content.Source.FileName.Should().Be("harrow-cabinet-2024-01-24.docx");
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read()
    {
        var bytes = new DocxFixture().Add(Tbl(Tr("Enquiries to CAB", "431"))).Build();
        using var stream = new ForwardOnlyStream(bytes);

        var content = new Ingest.Readers.Docx.DocxReader(TestRules.SymbolFonts)
            .Read(new Ingest.Core.Tables.DocumentSource("cab.docx", "cab.docx", "0", bytes.Length, "docx"), stream);

        content.Tables.Single().TextAt(0, 1).Should().Be("431");
    }

    [Fact]
    public void Inserted_paragraph_content_in_the_body_is_kept_and_deleted_content_dropped()
    {
        var content = new DocxFixture()
            .Add(P(R("Performance is as follows:"),
                new DeletedRun(new Run(new DeletedText(" (draft)"))) { Author = "HCE", Id = "7" }))
            .Read();

        content.Paragraphs.Should().Equal("Performance is as follows:");
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
