using System.Text;
using Ingest.Core.Pipeline;
using static Ingest.Readers.Tests.DocxFixture;

namespace Ingest.Readers.Tests;

public sealed class DocxBadInputTests
{
    private static byte[] ValidDocx() =>
        new DocxFixture().Add(Tbl(Tr("Indicator Description", "RAG"), Tr("Complaints answered within timescale", "GREEN"))).Build();

    private static DocumentException Refusal(byte[] bytes)
    {
        var act = () => ReadBytes(bytes);
        var thrown = act.Should().Throw<DocumentException>().Which;
        thrown.Message.Should().NotContain("\n", "the message is one line of a per-document report");
        return thrown;
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Refusal([]).Message.Should().Be("the file is empty");
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused()
    {
        Refusal(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj"))
            .Message.Should().Be("this is a PDF, not a Word document");
    }

    [Fact]
    public void A_truncated_docx_is_refused_as_damaged()
    {
        var valid = ValidDocx();

        Refusal(valid[..(valid.Length / 2)])
            .Message.Should().Be("not a valid Word document (the file is damaged or not a .docx)");
    }

    [Fact]
    public void An_encrypted_package_is_reported_as_password_protected()
    {
        // Straddle the scanner's 64 KiB read boundary so a name split across reads is still found.
        Refusal(ZipSurgery.CompoundFile("EncryptedPackage", (1 << 16) - 7))
            .Message.Should().Be("the document is password-protected");
    }

    [Fact]
    public void Any_other_compound_file_is_reported_as_a_legacy_doc()
    {
        Refusal(ZipSurgery.CompoundFile("WordDocument", 1024))
            .Message.Should().Be("this is a legacy Word .doc, not .docx");
    }

    [Fact]
    public void A_zip_without_word_document_xml_is_refused()
    {
        var zip = ZipSurgery.Zip(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));

        Refusal(zip).Message.Should().Be("not a Word document: the package has no word/document.xml");
    }

    [Fact]
    public void An_excel_workbook_named_docx_is_called_what_it_is()
    {
        var zip = ZipSurgery.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

        Refusal(zip).Message.Should().Be("this is an Excel workbook, not a Word document");
    }

    [Fact]
    public void A_part_declaring_more_than_200_MB_uncompressed_is_refused_before_inflating()
    {
        var bomb = ZipSurgery.DeclareUncompressedSize(ValidDocx(), "word/document.xml", 300u * 1024 * 1024);

        Refusal(bomb).Message.Should().Be(
            "refusing to read part 'word/document.xml': 300 MB uncompressed is over the 200 MB limit");
    }

    [Fact]
    public void Damaged_xml_in_the_main_document_is_refused()
    {
        var damaged = ZipSurgery.ReplaceEntry(ValidDocx(), "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");

        Refusal(damaged).Message.Should().Be("not a valid Word document (its XML is damaged)");
    }

    [Fact]
    public void A_strict_open_xml_document_is_refused_by_name()
    {
        var strict = ZipSurgery.ReplaceEntry(ValidDocx(), "word/document.xml",
            "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body><w:p/></w:body></w:document>");

        Refusal(strict).Message.Should().Be(
            "not a supported Word document: word/document.xml is not transitional WordprocessingML");
    }

    [Fact]
    public void A_refused_document_keeps_the_cause_for_the_log()
    {
        var valid = ValidDocx();

        Refusal(valid[..(valid.Length / 2)]).InnerException.Should().NotBeNull();
    }
}
