using Ingest.Cli.Commands;
using Ingest.Readers.Pdf.Ocr;
using Spectre.Console;

namespace Ingest.Cli.Tests;

/// <summary>`ingest run` shows a scan's pages as OCR reads them.</summary>
public sealed class OcrPageProgressTests
{
    [Fact]
    public void Each_page_read_is_shown_with_its_document_page_and_time_and_reports_outside_the_display_are_dropped()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
            Ansi = AnsiSupport.No,
        });
        var progress = new OcrPageProgress();

        progress.Report(new OcrProgress("early.pdf", 1, 1, 2, TimeSpan.FromSeconds(1)));
        console.Progress().Start(context =>
        {
            progress.Attach(context);
            progress.Report(new OcrProgress("scan.pdf", 2, 1, 3, TimeSpan.FromSeconds(2.5)));
            progress.Report(new OcrProgress("scan.pdf", 1, 2, 3, TimeSpan.FromSeconds(2.4)));
            progress.Attach(null);
        });
        progress.Report(new OcrProgress("late.pdf", 1, 1, 1, TimeSpan.FromSeconds(1)));

        var shown = writer.ToString();
        shown.Should().Contain("OCR scan.pdf: page 1 read in 2.4 s (2 of 3)");
        shown.Should().NotContain("early.pdf").And.NotContain("late.pdf");
    }
}
