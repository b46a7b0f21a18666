using Ingest.Fetch.Content;

namespace Ingest.Fetch.Tests;

public sealed class ContentSnifferTests
{
    private static byte[] Corpus(string path) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, path));

    [Theory]
    [InlineData("harrow/harrow-corporate-scorecard-q1-2023-24.docx", ".docx")]
    [InlineData("harrow/harrow-corporate-scorecard-q1-2023-24.pdf", ".pdf")]
    [InlineData("harrow/harrow-corporate-scorecard-q3-2023-24.xlsx", ".xlsx")]
    [InlineData("harrow/harrow-corporate-scorecard-q1-2023-24.doc", ".doc")]
    public void A_document_is_told_by_its_bytes_whatever_it_was_served_as(string path, string extension)
    {
        var sniffed = ContentSniffer.Sniff(Corpus(path), "application/octet-stream");

        sniffed.Kind.Should().Be(SniffedKind.Document);
        sniffed.Extension.Should().Be(extension);
    }

    [Fact]
    public void An_html_page_is_not_a_document() =>
        ContentSniffer.Sniff("\n  <!DOCTYPE html><html><head><title>x</title></head></html>"u8, "application/pdf").Kind.Should().Be(SniffedKind.Html);

    [Fact]
    public void Xml_is_xml() => ContentSniffer.Sniff("<?xml version=\"1.0\"?><committees/>"u8).Kind.Should().Be(SniffedKind.Xml);

    [Fact]
    public void Unknown_bytes_are_unknown() => ContentSniffer.Sniff([0x00, 0x01, 0x02]).Kind.Should().Be(SniffedKind.Unknown);
}
