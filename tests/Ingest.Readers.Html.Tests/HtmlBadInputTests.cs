using System.Diagnostics;
using System.Text;
using Ingest.Core.Pipeline;

namespace Ingest.Readers.Html.Tests;

public sealed class HtmlBadInputTests
{
    private static DocumentException Refusal(Func<object> read)
    {
        var thrown = read.Should().Throw<DocumentException>().Which;
        thrown.Message.Should().NotContain("\n", "the message is one line of a per-document report");
        return thrown;
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Refusal(() => Page.ReadBytes([])).Message.Should().Be("the file is empty");
    }

    [Fact]
    public void A_binary_file_renamed_html_is_refused()
    {
        // A PNG: signature, then an IHDR chunk full of NUL bytes.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 2, 0, 0, 0];

        Refusal(() => Page.ReadBytes(png)).Message.Should().Be("not an HTML page: the file is binary (it contains NUL bytes)");
    }

    [Fact]
    public void A_file_of_control_characters_is_refused_as_not_text()
    {
        var noise = Enumerable.Range(0, 4000).Select(i => (byte)(i % 8 + 1)).ToArray();

        Refusal(() => Page.ReadBytes(noise)).Message.Should().Be("not an HTML page: the file is not text");
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj", "this is a PDF, not an HTML page")]
    [InlineData("PK\u0003\u0004\u0014\u0000\u0006\u0000", "this is a zip package (e.g. .docx or .xlsx), not an HTML page")]
    public void Another_format_renamed_html_is_named(string start, string message)
    {
        Refusal(() => Page.ReadBytes(Encoding.Latin1.GetBytes(start))).Message.Should().Be(message);
    }

    [Fact]
    public void A_stray_nul_in_a_long_page_does_not_make_it_binary()
    {
        var html = "<p>Corporate Scorecard</p>" + string.Concat(Enumerable.Repeat("<p>Performance for quarter 1 is above target.</p>", 40)) + "\0";

        Page.Read(html).Paragraphs[0].Should().Be("Corporate Scorecard");
    }

    [Fact]
    public void A_page_larger_than_50_mb_is_refused_before_it_is_read()
    {
        using var stream = new EndlessPage(50L * 1024 * 1024 + 1, canSeek: true);

        Refusal(() => Page.ReadStream(stream, stream.Length)).Message.Should().Be("the page is larger than 50 MB");
        stream.BytesRead.Should().Be(0);
    }

    [Fact]
    public void A_stream_that_cannot_tell_its_length_is_cut_off_at_50_mb()
    {
        using var stream = new EndlessPage(long.MaxValue, canSeek: false);

        Refusal(() => Page.ReadStream(stream, 0)).Message.Should().Be("the page is larger than 50 MB");
        stream.BytesRead.Should().BeLessThanOrEqualTo(50L * 1024 * 1024 + (1 << 16));
    }

    [Fact]
    public void Whitespace_only_is_a_page_without_tables()
    {
        var content = Page.Read("   \r\n\t ");

        content.Tables.Should().BeEmpty();
        content.Paragraphs.Should().BeEmpty();
    }

    [Fact]
    public void A_huge_inline_image_does_not_get_in_the_way()
    {
        var image = "data:image/png;base64," + new string('A', 10 * 1024 * 1024);
        var html = Page.Html($"""
            <h1>Corporate Scorecard</h1><img src="{image}" alt="Harrow Council logo">
            <table><tr><td style="background:url({image}) #00B050"><img src="{image}" alt="Green"></td></tr></table>
            """);
        var clock = Stopwatch.StartNew();

        var table = Page.Read(html).Tables.Single();

        table.TextAt(0, 0).Should().Be("Green");
        table.OriginAt(0, 0)!.Fill.Should().Be("00B050");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Elements_nested_thousands_deep_do_not_overflow_the_stack()
    {
        const int depth = 4_000;
        var html = Page.Html(string.Concat(Enumerable.Repeat("<div><span>", depth)) + "Number of new homes built"
            + string.Concat(Enumerable.Repeat("</span></div>", depth))
            + "<table><tr><td>653</td></tr></table>");

        var content = Page.Read(html);

        content.Tables.Single().Context.Should().Equal("Number of new homes built");
    }

    [Fact]
    public void Tables_nested_absurdly_deep_are_read_as_text_beyond_the_limit_with_a_warning()
    {
        const int depth = 100;
        var html = Page.Html(string.Concat(Enumerable.Repeat("<table><tr><td>", depth)) + "653"
            + string.Concat(Enumerable.Repeat("</td></tr></table>", depth)));

        var content = Page.Read(html);

        content.Tables.Count.Should().BeGreaterThan(1).And.BeLessThan(depth);
        content.Tables.Select(t => t.Index).Should().BeInAscendingOrder();
        content.Tables[^1].TextAt(0, 0).Should().Be("653");
        content.Warnings.Should().ContainSingle().Which.Should().Contain("nested");
    }

    [Fact]
    public void Cancellation_stops_the_read()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var bytes = Encoding.UTF8.GetBytes(Page.Html("<table><tr><td>1</td></tr></table>"));

        var read = () => Page.ReadStream(new MemoryStream(bytes), bytes.Length, cancelled.Token);

        read.Should().Throw<OperationCanceledException>();
    }

    /// <summary>A page of spaces of any length, produced as it is read, so a test never holds 50 MB.</summary>
    private sealed class EndlessPage(long length, bool canSeek) : Stream
    {
        private long _position;

        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => canSeek;
        public override bool CanWrite => false;
        public override long Length => canSeek ? length : throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => _position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Fill(buffer, (byte)' ', offset, n);
            _position += n;
            BytesRead += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
