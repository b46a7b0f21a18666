using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Readers.Docx;

namespace Ingest.Readers.Tests;

public sealed class ReaderRegistryTests
{
    [Theory]
    [InlineData("harrow-scorecard-q1-2023-24.docx")]
    [InlineData("/corpus/HARROW-SCORECARD.DOCX")]
    public void The_default_registry_reads_word_files_whatever_the_case_of_the_extension(string path)
    {
        var registry = ReaderRegistry.Default(RealRules.Directory);

        registry.For(path).Should().BeOfType<DocxReader>();
    }

    [Theory]
    [InlineData("havering-performance-q1-2017-18.pdf")]
    [InlineData("README")]
    [InlineData("scorecard.doc")]
    public void Files_without_a_reader_get_none(string path)
    {
        ReaderRegistry.Default(RealRules.Directory).For(path).Should().BeNull();
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
