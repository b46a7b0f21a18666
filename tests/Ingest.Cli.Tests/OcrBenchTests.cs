using System.Globalization;
using System.Text;
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

    /// <summary>A 3 x 1 inch page that is one grey picture of a few dark bars: a scan with nothing to read, quick to OCR.</summary>
    private static byte[] ImageOnlyPdf()
    {
        const int width = 300, height = 100;
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        for (var bar = 0; bar < 4; bar++)
            for (var y = 40; y < 60; y++)
                for (var x = 30 + bar * 60; x < 60 + bar * 60; x++)
                    pixels[y * width + x] = 0;
        var content = Encoding.ASCII.GetBytes("q 216 0 0 72 0 0 cm /Im1 Do Q");

        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Ascii(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string dictionary, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Ascii($"{offsets.Count} 0 obj\n{dictionary}\n");
            if (stream is not null)
            {
                Ascii("stream\n");
                pdf.Write(stream);
                Ascii("\nendstream\n");
            }
            Ascii("endobj\n");
        }
        Ascii("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 216 72] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>");
        Object(string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length {pixels.Length} >>"), pixels);
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>"), content);
        var xref = pdf.Position;
        Ascii($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Ascii(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        Ascii(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
