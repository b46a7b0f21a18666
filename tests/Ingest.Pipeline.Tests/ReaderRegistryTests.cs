using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Readers.Docx;
using Ingest.Readers.Html;
using Ingest.Readers.Legacy;
using Ingest.Readers.Pdf;
using Ingest.Readers.Xlsx;

namespace Ingest.Pipeline.Tests;

public sealed class ReaderRegistryTests
{
    private static ReaderRegistry Standard() => new IngestPipelineBuilder().UseRules(RealRules.Directory).BuildReaders();

    [Theory]
    [InlineData("harrow-scorecard-q1-2023-24.docx", typeof(DocxReader))]
    [InlineData("/corpus/HARROW-SCORECARD.DOCX", typeof(DocxReader))]
    [InlineData("brent-kpis.xlsx", typeof(XlsxReader))]
    [InlineData("harrow-scorecard.html", typeof(HtmlReader))]
    [InlineData("havering-performance-q1-2017-18.pdf", typeof(PdfReader))]
    [InlineData("scorecard.doc", typeof(LegacyWordReader))]
    [InlineData("scorecard.rtf", typeof(LegacyWordReader))]
    [InlineData("scorecard.odt", typeof(LegacyWordReader))]
    public void Every_format_has_its_reader_whatever_the_case_of_the_extension(string path, Type reader) =>
        Standard().For(path).Should().BeOfType(reader);

    [Theory]
    [InlineData("README")]
    [InlineData("scorecard.pptx")]
    [InlineData("manifest.csv")]
    public void Files_without_a_reader_get_none(string path) =>
        Standard().For(path).Should().BeNull();

    [Fact]
    public void A_reader_added_to_the_builder_reads_its_format_beside_the_standard_ones()
    {
        var csv = new StubReader(".csv");

        var registry = new IngestPipelineBuilder().UseRules(RealRules.Directory).UseReader(_ => csv).BuildReaders();

        registry.For("kpis.csv").Should().BeSameAs(csv);
        registry.For("kpis.docx").Should().BeOfType<DocxReader>();
    }

    [Fact]
    public void A_reader_added_for_a_format_already_read_is_a_wiring_error()
    {
        var act = () => new IngestPipelineBuilder().UseRules(RealRules.Directory).UseReader(_ => new StubReader(".PDF")).BuildReaders();

        act.Should().Throw<ArgumentException>().WithMessage("*'.pdf'*PdfReader*StubReader*");
    }

    [Fact]
    public void Readers_are_found_by_each_of_their_extensions()
    {
        var html = new StubReader(".html", ".htm");
        var registry = new ReaderRegistry([html]);

        registry.For("scorecard.htm").Should().BeSameAs(html);
        registry.For("scorecard.HTML").Should().BeSameAs(html);
        registry.Extensions.Should().BeEquivalentTo(".html", ".htm");
    }

    [Fact]
    public void Two_readers_claiming_one_extension_is_an_error()
    {
        var act = () => new ReaderRegistry([new StubReader(".pdf"), new StubReader(".PDF")]);

        act.Should().Throw<ArgumentException>().WithMessage("*'.pdf'*");
    }

    private sealed class StubReader(params string[] extensions) : IDocumentReader
    {
        public IReadOnlyCollection<string> Extensions => extensions;

        public DocumentContent Read(DocumentSource source, Stream content, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
