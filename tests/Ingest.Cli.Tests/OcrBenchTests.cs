using Ingest.Cli.Commands;

namespace Ingest.Cli.Tests;

/// <summary>`ingest bench --ocr` reports a scan's cost a page against plain tesseract; the shape is tested, not the timings.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OcrBenchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-ocr-bench-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [RequiresTesseractFact]
    public void A_tiny_scan_is_measured_against_plain_tesseract_alone_and_a_page_a_core()
    {
        var scan = Path.Combine(_dir, "tiny-scan.pdf");
        File.WriteAllBytes(scan, ImageOnlyPdf());

        var report = OcrBench.Measure([scan], rules: null);

        report.Should().NotBeNull("the page has an image and no text layer");
        report!.Pages.Should().Be(1);
        report.Documents.Should().Be(1);
        report.Cores.Should().Be(Environment.ProcessorCount);
        foreach (var row in new[] { report.Tesseract, report.TesseractTogether, report.Draw, report.Alone, report.Together })
        {
            row.Pages.Should().Be(1, row.What);
            row.WallPerPage.Should().BePositive(row.What);
            row.CpuPerPage.Should().NotBeNull(row.What).And.BeGreaterThanOrEqualTo(0, row.What);
        }
        report.Alone.PageLatency.Should().BePositive();
        report.Together.PageLatency.Should().BePositive();
        report.TogetherOverAlone.Should().BePositive();
        report.TesseractTogetherOverAlone.Should().BePositive();

        var output = new StringWriter();
        OcrBench.Write(report, output);
        var text = output.ToString();
        text.Should().Contain($"cores: {Environment.ProcessorCount}; pages: 1; documents: 1")
            .And.Contain("CPU a page: ingest").And.Contain("plain tesseract")
            .And.Contain("wall a page, one at a time")
            .And.Contain($"each page's own wall time, {Environment.ProcessorCount} at once against one alone")
            .And.Contain($"plain tesseract on this machine, {Environment.ProcessorCount} at once against one alone");
    }

    [Fact]
    public void Bench_ocr_without_pdfs_is_a_usage_error() =>
        Program.Main(["bench", "--ocr", Path.Combine(_dir, "nothing.docx")]).Should().Be(ExitCodes.Usage);

    /// <summary>A 3 x 1 inch page that is one picture of a few dark bars: a scan with nothing to read, quick to OCR.</summary>
    private static byte[] ImageOnlyPdf()
    {
        const int width = 300, height = 100;
        var rgb = new byte[width * height * 3];
        Array.Fill(rgb, (byte)255);
        for (var bar = 0; bar < 4; bar++)
            for (var y = 40; y < 60; y++)
                for (var x = 30 + bar * 60; x < 60 + bar * 60; x++)
                    rgb.AsSpan((y * width + x) * 3, 3).Clear();
        return Testing.ImageOnlyPdf.Build(width, height, rgb, 216, 72);
    }
}
