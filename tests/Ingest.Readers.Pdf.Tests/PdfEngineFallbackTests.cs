using System.Text;
using Ingest.Core.Pipeline;
using Ingest.Readers;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Mutool;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Readers.Pdf.PdfPig;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// PdfPig reads first; a file it cannot read, or that takes it too long or too much memory, is read again
/// from the start with mutool, and the document says which engine read it and why.
/// </summary>
public sealed class PdfEngineFallbackTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [RequiresMutoolFact]
    public void A_pdf_whose_cross_reference_pdfpig_cannot_find_is_read_with_mutool_and_says_so()
    {
        var path = _files.Write("no-xref.pdf", WithoutCrossReference(Scorecard()));
        using var stream = File.OpenRead(path);

        var content = new PdfReader(engine: PdfEngineOptions.Default, ocr: OcrOptions.Disabled).Read(DocumentSources.FromFile(path), stream);

        content.ReadWith.Should().Be(MutoolTraceSource.EngineName);
        content.Warnings.Should().ContainSingle(w => w.StartsWith("read with mutool: pdfpig could not (the PDF is damaged: ", StringComparison.Ordinal));
        content.Tables.Should().ContainSingle().Which.Rows.Should().HaveCount(3);
    }

    [Fact]
    public void Without_mutool_to_fall_back_on_pdfpigs_own_reason_is_the_documents()
    {
        var path = _files.Write("no-xref.pdf", WithoutCrossReference(Scorecard()));
        using var stream = File.OpenRead(path);
        var reader = new PdfReader(engine: new PdfEngineOptions(FallBackToMutool: false), ocr: OcrOptions.Disabled);

        var act = () => reader.Read(DocumentSources.FromFile(path), stream);

        act.Should().Throw<DocumentException>().Which.Message.Should().StartWith("the PDF is damaged: ").And.NotContain("\n");
    }

    [Fact]
    public void A_sound_pdf_is_read_by_pdfpig_alone()
    {
        var path = _files.Write("sound.pdf", Scorecard());
        using var stream = File.OpenRead(path);

        var content = new PdfReader(engine: PdfEngineOptions.Default, ocr: OcrOptions.Disabled).Read(DocumentSources.FromFile(path), stream);

        content.ReadWith.Should().Be(PdfPigPageSource.EngineName);
        content.Warnings.Should().BeEmpty();
    }

    [RequiresMutoolFact]
    public void An_engine_over_its_time_gives_way_to_the_next_which_reads_the_file_from_the_start()
    {
        var path = _files.Write("sound.pdf", Scorecard());
        var slow = new GuardedPageSource(new SlowSource(new PdfPigPageSource(), TimeSpan.FromMilliseconds(300)), TimeSpan.FromMilliseconds(100), long.MaxValue);
        var reader = new PdfReader([slow, new MutoolTraceSource()], ocr: OcrOptions.Disabled);

        var reading = reader.ReadLayout(path, TableExtractionOptions.Default);

        reading.Engine.Should().Be(MutoolTraceSource.EngineName);
        reading.EngineNotes.Should().ContainSingle().Which.Should().Be("read with mutool: slow could not (slow did not finish within 0.1 s)");
        reading.Tables.Should().ContainSingle("the slow engine's pages are not mixed in");
    }

    [Fact]
    public void An_engine_over_its_memory_limit_gives_up_with_that_reason()
    {
        var path = _files.Write("sound.pdf", Scorecard());
        var guarded = new GuardedPageSource(new PdfPigPageSource(), TimeSpan.FromMinutes(1), maxHeapBytes: 1);

        var act = () => guarded.Read(path, null, default).ToList();

        act.Should().Throw<PdfEngineFailure>().WithMessage("pdfpig went over its memory limit (0 MB)")
            .Which.Engine.Should().Be(PdfPigPageSource.EngineName);
    }

    [Theory]
    [InlineData("pdfpig", PdfEngine.PdfPig)]
    [InlineData("MuTool", PdfEngine.Mutool)]
    [InlineData(null, PdfEngine.PdfPig)]
    public void The_engine_is_named_in_any_case_and_pdfpig_when_unnamed(string? text, PdfEngine engine) =>
        PdfEngineOptions.ParseEngine(text).Should().Be(engine);

    [Fact]
    public void An_unknown_engine_is_refused_with_the_choices() =>
        FluentActions.Invoking(() => PdfEngineOptions.ParseEngine("acrobat")).Should().Throw<ArgumentException>()
            .WithMessage("unknown PDF engine 'acrobat': use pdfpig or mutool");

    /// <summary>A small ruled table: three rows of two cells.</summary>
    private static byte[] Scorecard()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page();
        string[][] rows = [["Indicator", "Actual"], ["Council tax collected", "96.1%"], ["Missed bins", "42"]];
        for (var r = 0; r <= rows.Length; r++) page.Line(50, 100 + 20 * r, 350, 100 + 20 * r);
        foreach (var x in new[] { 50.0, 250, 350 }) page.Line(x, 100, x, 100 + 20 * rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            page.Text(55, 114 + 20 * r, rows[r][0]);
            page.Text(255, 114 + 20 * r, rows[r][1]);
        }
        return pdf.Build();
    }

    /// <summary>
    /// The file with its cross-reference table and trailer cut out, as a careless tool or a broken upload
    /// leaves it: PdfPig does not find the document's root; MuPDF rebuilds it by scanning the objects.
    /// </summary>
    private static byte[] WithoutCrossReference(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text[..(xref + 1)] + "%%EOF\n");
    }

    /// <summary>A stand-in for an engine that crawls: each page comes late.</summary>
    private sealed class SlowSource(IPageContentSource inner, TimeSpan perPage) : IPageContentSource
    {
        public string Name => "slow";

        public IEnumerable<PageContent> Read(string path, PageSelection? pages, CancellationToken cancellationToken)
        {
            foreach (var page in inner.Read(path, pages, cancellationToken))
            {
                Thread.Sleep(perPage);
                yield return page;
            }
        }
    }
}
