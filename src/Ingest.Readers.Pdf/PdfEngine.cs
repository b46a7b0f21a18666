namespace Ingest.Readers.Pdf;

/// <summary>The program that reads a digital PDF's pages.</summary>
public enum PdfEngine
{
    /// <summary>PdfPig, in process: needs nothing but .NET. The default.</summary>
    PdfPig,

    /// <summary>MuPDF's <c>mutool trace</c> (Debian package mupdf-tools): repairs more damaged files.</summary>
    Mutool,
}
