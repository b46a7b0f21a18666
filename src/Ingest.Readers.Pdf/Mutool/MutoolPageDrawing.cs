using System.Globalization;
using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Ocr;
using Polly;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// Draws one page of a PDF to a picture file with <c>mutool draw</c> (the format follows the file's extension:
/// .ppm for OCR, .png for the explorer's source view), so every page picture is made the same way.
/// </summary>
public static class MutoolPageDrawing
{
    public const string MissingMutool = "mutool not found: install the Debian package mupdf-tools (make setup)";

    /// <param name="pageNumber">1-based.</param>
    /// <exception cref="DocumentException">mutool is missing, failed, or did not finish in time.</exception>
    public static void Draw(string mutool, string pdfPath, int pageNumber, int dpi, string picturePath, ResiliencePipeline timeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(picturePath);
        // Full paths, so that neither file name can be taken for an option.
        var draw = ToolProcess.Run(mutool,
            ["draw", "-q", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-c", "rgb",
             "-o", Path.GetFullPath(picturePath), Path.GetFullPath(pdfPath), pageNumber.ToString(CultureInfo.InvariantCulture)],
            timeout, MissingMutool, cancellationToken);
        if (draw.ExitCode != 0 || !File.Exists(picturePath))
            throw new DocumentException($"page {pageNumber} could not be drawn: {FirstLine(draw.Errors)}");
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}
