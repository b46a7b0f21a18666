using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using static Ingest.Readers.Xlsx.Tests.XlsxFixture;

namespace Ingest.Readers.Xlsx.Tests;

public sealed class XlsxBadInputTests
{
    private static XlsxFixture ValidWorkbook() => new XlsxFixture().Sheet("Scorecard", s => s
        .Row(1, "Indicator Description", "RAG")
        .Row(2, "Complaints answered within timescale", "GREEN"));

    private static DocumentException Refusal(byte[] bytes)
    {
        var act = () => ReadBytes(bytes);
        var thrown = act.Should().Throw<DocumentException>().Which;
        thrown.Message.Should().NotContain("\n", "the message is one line of a per-document report");
        return thrown;
    }

    private static string SheetEntry(byte[] package)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        return zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).FullName;
    }

    [Fact]
    public void The_reader_claims_xlsx_and_xlsm()
    {
        new XlsxReader().Extensions.Should().BeEquivalentTo(".xlsx", ".xlsm");
    }

    [Fact]
    public void A_macro_enabled_workbook_is_read()
    {
        var content = ValidWorkbook().MacroEnabled().Read();

        content.Tables.Single().TextAt(1, 1).Should().Be("GREEN");
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read()
    {
        var bytes = ValidWorkbook().Build();
        var content = new XlsxReader().Read(
            new DocumentSource("a.xlsx", "a.xlsx", "0", bytes.Length, "xlsx"), new ForwardOnlyStream(bytes));

        content.Tables.Should().ContainSingle();
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Refusal([]).Message.Should().Be("the file is empty");
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused()
    {
        Refusal(Encoding.ASCII.GetBytes("Indicator Description,RAG\nComplaints answered within timescale,GREEN\n"))
            .Message.Should().Be("not a valid Excel workbook (the file is damaged or not a .xlsx)");
    }

    [Fact]
    public void A_truncated_workbook_is_refused_as_damaged()
    {
        var valid = ValidWorkbook().Build();

        Refusal(valid[..(valid.Length / 2)])
            .Message.Should().Be("not a valid Excel workbook (the file is damaged or not a .xlsx)");
    }

    [Fact]
    public void An_encrypted_package_is_reported_as_password_protected()
    {
        // Straddle the scanner's 64 KiB read boundary so a name split across reads is still found.
        Refusal(PackageSurgery.CompoundFile("EncryptedPackage", (1 << 16) - 7))
            .Message.Should().Be("the workbook is password-protected");
    }

    [Fact]
    public void Any_other_compound_file_is_reported_as_a_legacy_xls()
    {
        Refusal(PackageSurgery.CompoundFile("Workbook", 1024)).Message.Should().Be("this is a legacy Excel .xls, not .xlsx");
    }

    [Fact]
    public void A_legacy_word_document_is_called_what_it_is()
    {
        Refusal(PackageSurgery.CompoundFile("WordDocument", 1024)).Message.Should().Be("this is a legacy Word .doc, not an Excel workbook");
    }

    [Fact]
    public void A_word_document_named_xlsx_is_called_what_it_is()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Document(new Body(
                new Paragraph(new Run(new Text("Appendix 2 - Corporate Scorecard 2023-24")))));
        }

        Refusal(stream.ToArray()).Message.Should().Be("this is a Word document, not an Excel workbook");
    }

    [Fact]
    public void A_package_without_a_workbook_part_is_refused()
    {
        var zip = PackageSurgery.Zip(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/styles.xml", $"<styleSheet xmlns=\"{Main}\"/>"));

        Refusal(zip).Message.Should().Be("not an Excel workbook: the package has no workbook part (xl/workbook.xml)");
    }

    [Fact]
    public void A_part_declaring_more_than_200_MB_uncompressed_is_refused_before_inflating()
    {
        var valid = ValidWorkbook().Build();
        var sheet = SheetEntry(valid);
        var bomb = PackageSurgery.DeclareUncompressedSize(valid, sheet, 300u * 1024 * 1024);

        Refusal(bomb).Message.Should().Be($"refusing to read part '{sheet}': 300 MB uncompressed is over the 200 MB limit");
    }

    [Fact]
    public void Damaged_sheet_xml_is_refused_in_one_line()
    {
        var valid = ValidWorkbook().Build();
        var broken = PackageSurgery.ReplaceEntry(valid, SheetEntry(valid), $"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c");

        Refusal(broken).Message.Should().Be("not a valid Excel workbook (its XML is damaged)");
    }

    [Fact]
    public void A_dtd_in_a_part_is_refused_rather_than_expanded()
    {
        var valid = ValidWorkbook().Build();
        var hostile = PackageSurgery.ReplaceEntry(valid, "xl/sharedStrings.xml", """
            <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>
            """);

        Refusal(hostile).Message.Should().Be("not a valid Excel workbook (its XML declares a DTD; DTDs are refused, so entities are never expanded)");
    }

    [Fact]
    public void A_workbook_part_that_is_not_spreadsheetml_is_refused()
    {
        var valid = ValidWorkbook().Build();
        var odd = PackageSurgery.ReplaceEntry(valid, "xl/workbook.xml", "<workbook xmlns=\"urn:not-excel\"/>");

        Refusal(odd).Message.Should().Be("not a supported Excel workbook: xl/workbook.xml is not SpreadsheetML");
    }

    [Fact]
    public void Cancellation_is_not_turned_into_a_document_error()
    {
        var bytes = ValidWorkbook().Build();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => new XlsxReader().Read(new DocumentSource("a.xlsx", "a.xlsx", "0", bytes.Length, "xlsx"),
            new MemoryStream(bytes), cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    /// <summary>A stream like a network response: forward only, no length.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
