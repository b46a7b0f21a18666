using System.IO.Compression;
using System.Text;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Readers.Docx;
using Ingest.Readers.Legacy;
using static Ingest.Readers.Tests.DocxFixture;

namespace Ingest.Readers.Tests.Legacy;

public sealed class LegacyWordReaderTests
{
    private static readonly byte[] OleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static DocxReader Docx => new(TestRules.SymbolFonts);

    private static DocumentSource SourceNamed(string fileName, long length = 1) =>
        new("/reports/" + fileName, fileName, new string('a', 64), length, DocumentSources.FormatOf(fileName));

    private static DocumentContent Read(LegacyWordReader reader, string fileName, byte[] bytes) =>
        reader.Read(SourceNamed(fileName, bytes.Length), new MemoryStream(bytes));

    private static DocumentException Refusal(string fileName, byte[] bytes)
    {
        var converter = new RecordingConverter(null);
        var act = () => Read(new LegacyWordReader(Docx, converter), fileName, bytes);
        var thrown = act.Should().Throw<DocumentException>().Which;
        thrown.Message.Should().NotContain("\n", "the message is one line of a per-document report");
        converter.Calls.Should().Be(0, "wrong content is refused before LibreOffice is started");
        return thrown;
    }

    // A Word 97-2003 compound file as far as the check looks: the signature and a "WordDocument" directory entry.
    private static byte[] CompoundFile(string streamName) =>
        [.. OleHeader, .. new byte[504], .. Encoding.Unicode.GetBytes(streamName + "\0"), .. new byte[64]];

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        return bytes.ToArray();
    }

    [Fact]
    public void The_converted_document_is_read_by_the_word_reader_under_the_original_files_identity()
    {
        var docx = new DocxFixture().Add(Tbl(Tr("Indicator Description", "RAG"), Tr("Number of households in temporary accommodation", "RED"))).Build();
        var converter = new RecordingConverter(docx);
        var source = SourceNamed("harrow-scorecard-2009.doc", 600);

        var content = new LegacyWordReader(Docx, converter).Read(source, new MemoryStream(CompoundFile("WordDocument")));

        content.Source.Should().BeSameAs(source, "provenance records the .doc, not the temporary .docx");
        content.Tables.Should().ContainSingle().Which.CellAt(1, 0)!.Text.Should().Be("Number of households in temporary accommodation");
        converter.Calls.Should().Be(1);
        converter.InputExtension.Should().Be(".doc");
        Directory.Exists(converter.InputDirectory).Should().BeFalse("the temporary copy and its conversion are deleted");
    }

    [Theory]
    [InlineData("report.rtf", @"{\rtf1\ansi Performance}")]
    [InlineData("report.doc", @"{\rtf1\ansi Word saved this RTF under a .doc name}")]
    public void Rtf_is_accepted_under_either_name(string fileName, string text)
    {
        var converter = new RecordingConverter(new DocxFixture().Text("Corporate Scorecard").Build());

        Read(new LegacyWordReader(Docx, converter), fileName, Encoding.ASCII.GetBytes(text)).Paragraphs.Should().Contain("Corporate Scorecard");
        converter.InputExtension.Should().Be(Path.GetExtension(fileName));
    }

    [Fact]
    public void An_opendocument_text_is_accepted()
    {
        var converter = new RecordingConverter(new DocxFixture().Text("Corporate Scorecard").Build());
        var odt = Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

        Read(new LegacyWordReader(Docx, converter), "report.odt", odt).Paragraphs.Should().Contain("Corporate Scorecard");
    }

    [Fact]
    public void A_pdf_renamed_to_doc_is_refused() =>
        Refusal("scorecard.doc", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj"))
            .Message.Should().Be("this is a PDF file, not a .doc document");

    [Fact]
    public void A_docx_renamed_to_doc_is_refused_with_the_name_to_give_it() =>
        Refusal("scorecard.doc", Zip(("word/document.xml", "<w:document/>"), ("[Content_Types].xml", "<Types/>")))
            .Message.Should().Be("this is a Word .docx file named .doc: rename it to .docx");

    [Fact]
    public void Another_zip_renamed_to_doc_is_refused() =>
        Refusal("scorecard.doc", Zip(("readme.txt", "not a document")))
            .Message.Should().Be("this is a zip archive, not a .doc document");

    [Fact]
    public void An_opendocument_spreadsheet_named_odt_is_refused() =>
        Refusal("scorecard.odt", Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")))
            .Message.Should().Be("this is an OpenDocument file of another kind (application/vnd.oasis.opendocument.spreadsheet), not a .odt text document");

    [Fact]
    public void An_excel_97_workbook_renamed_to_doc_is_refused() =>
        Refusal("scorecard.doc", CompoundFile("Workbook")).Message.Should().Be("this is an Excel workbook, not a .doc document");

    [Fact]
    public void A_doc_whose_directory_was_cut_off_is_called_damaged()
    {
        var truncated = CompoundFile("WordDocument")[..520];

        Refusal("scorecard.doc", truncated).Message.Should().Be(
            "the .doc is damaged or not a Word document: its compound file has no WordDocument stream");
    }

    [Fact]
    public void Plain_text_and_empty_files_are_refused()
    {
        Refusal("scorecard.doc", Encoding.ASCII.GetBytes("Corporate Scorecard Q1 2023/24"))
            .Message.Should().Be("not a .doc document (neither a Word 97-2003 file, RTF nor OpenDocument text)");
        Refusal("scorecard.doc", []).Message.Should().Be("the file is empty");
    }

    [Fact]
    public void A_conversion_the_word_reader_cannot_read_says_so_in_one_line()
    {
        var converter = new RecordingConverter(Encoding.ASCII.GetBytes("garbage"));
        var refusing = new RefusingReader("not a Word document: the package has no word/document.xml");

        var act = () => Read(new LegacyWordReader(refusing, converter), "scorecard.doc", CompoundFile("WordDocument"));

        act.Should().Throw<DocumentException>()
            .WithMessage("the .doc converted by LibreOffice cannot be read: not a Word document: the package has no word/document.xml");
    }

    [Fact]
    public void The_converters_reason_reaches_the_user_unchanged()
    {
        var act = () => Read(new LegacyWordReader(Docx, new FailingConverter("LibreOffice could not convert the file: Error: source file could not be loaded")),
            "scorecard.doc", CompoundFile("WordDocument"));

        act.Should().Throw<DocumentException>().WithMessage("LibreOffice could not convert the file: Error: source file could not be loaded");
    }

    [RequiresLibreOfficeFact]
    public void Every_committed_legacy_twin_has_the_tables_of_its_docx()
    {
        var reader = new LegacyWordReader(Docx, new LibreOfficeConverter());
        foreach (var legacy in new[] { LegacyCorpus.HarrowScorecardDoc, LegacyCorpus.HaveringDoc, LegacyCorpus.BrentOdt, LegacyCorpus.HarrowRtf })
        {
            var source = DocumentSources.FromFile(legacy);
            DocumentContent content;
            using (var stream = File.OpenRead(legacy)) content = reader.Read(source, stream);
            var twin = LegacyCorpus.TwinOf(legacy);
            DocumentContent expected;
            using (var stream = File.OpenRead(twin)) expected = Docx.Read(DocumentSources.FromFile(twin), stream);

            content.Source.Should().Be(source);
            content.Source.Format.Should().Be(Path.GetExtension(legacy).TrimStart('.'));
            Texts(content).Should().Equal(Texts(expected), $"{Path.GetFileName(legacy)} must read as its .docx twin");
        }
    }

    [RequiresLibreOfficeFact]
    public void Symbol_font_arrows_and_cell_fills_survive_the_round_trip()
    {
        var legacy = LegacyCorpus.HarrowScorecardDoc;
        DocumentContent content;
        using (var stream = File.OpenRead(legacy)) content = new LegacyWordReader(Docx, new LibreOfficeConverter()).Read(DocumentSources.FromFile(legacy), stream);
        var twin = LegacyCorpus.TwinOf(legacy);
        DocumentContent expected;
        using (var stream = File.OpenRead(twin)) expected = Docx.Read(DocumentSources.FromFile(twin), stream);

        Cells(content).Select(c => c.Text).Should().Contain(t => t.Contains('▲') || t.Contains('▼'), "the scorecard's direction of travel is Wingdings 3 arrows");
        Cells(content).Select(c => c.Fill?.ToUpperInvariant()).Should().Equal(Cells(expected).Select(c => c.Fill?.ToUpperInvariant()));
    }

    private static IEnumerable<Cell> Cells(DocumentContent content) =>
        content.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells);

    private static List<string> Texts(DocumentContent content) =>
        content.Tables.Select(t => string.Join(" | ", t.Rows.Select(r => string.Join(" ; ", r.Cells.Select(c => c.CleanText))))).ToList();

    /// <summary>Writes a fixed .docx as "the conversion", and remembers what it was asked to convert.</summary>
    private sealed class RecordingConverter(byte[]? docx) : ILegacyConverter
    {
        public int Calls { get; private set; }
        public string? InputExtension { get; private set; }
        public string? InputDirectory { get; private set; }

        public string Convert(string path, string targetDirectory, CancellationToken cancellationToken = default)
        {
            Calls++;
            InputExtension = Path.GetExtension(path);
            InputDirectory = Path.GetDirectoryName(path);
            File.Exists(path).Should().BeTrue();
            var target = Path.Combine(targetDirectory, "converted.docx");
            Directory.CreateDirectory(targetDirectory);
            File.WriteAllBytes(target, docx ?? throw new InvalidOperationException("this test's converter must not be called"));
            return target;
        }
    }

    private sealed class RefusingReader(string reason) : IDocumentReader
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

        public DocumentContent Read(DocumentSource source, Stream content, CancellationToken cancellationToken = default) =>
            throw new DocumentException(reason);
    }

    private sealed class FailingConverter(string reason) : ILegacyConverter
    {
        public string Convert(string path, string targetDirectory, CancellationToken cancellationToken = default) =>
            throw new DocumentException(reason);
    }
}
