namespace Ingest.Readers.Pdf.Content;

/// <summary>One-line reasons, worded for the run summary, for the ways a PDF fails whichever engine reads it.</summary>
internal static class PdfFailure
{
    public const string Encrypted = "the PDF is password-protected";
    public const string NotPdf = "not a PDF file";
    public const string NoTextLayer = "no text layer: the pages are scanned images, and OCR is off";

    public static string Damaged(string detail) => "the PDF is damaged: " + detail;
}
