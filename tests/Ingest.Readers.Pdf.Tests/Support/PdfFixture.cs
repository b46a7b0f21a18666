using Ingest.Core.Tables;
using Ingest.Readers;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>Writes a <see cref="TinyPdf"/> to a temporary file and reads it with the PDF reader.</summary>
internal static class PdfFixture
{
    public static DocumentContent Read(TinyPdf pdf, TableExtractionOptions? options = null)
    {
        using var files = new TempFiles();
        var path = files.Write("fixture.pdf", pdf.Build());
        var reader = new PdfReader(new Mutool.MutoolTraceSource(symbolFonts: SymbolFonts.FromRules()), options);
        var source = DocumentSources.FromFile(path);
        using var stream = File.OpenRead(path);
        return reader.Read(source, stream);
    }

    public static IReadOnlyList<Table> Tables(TinyPdf pdf, TableExtractionOptions? options = null)
    {
        using var files = new TempFiles();
        return PdfTables.Extract(new Mutool.MutoolTraceSource(symbolFonts: SymbolFonts.FromRules()),
            files.Write("fixture.pdf", pdf.Build()), options ?? TableExtractionOptions.Default);
    }

    /// <summary>A ruled grid: column edges and row edges (from the top), each border a stroked line.</summary>
    public static TinyPdf.PageDraft Grid(this TinyPdf.PageDraft page, double[] xs, double[] ys, double width = 0.5)
    {
        foreach (var y in ys) page.Line(xs[0], y, xs[^1], y, width);
        foreach (var x in xs) page.Line(x, ys[0], x, ys[^1], width);
        return page;
    }

    /// <summary>Rows of text, one per grid row, each cell's text placed at its column's left edge plus 3 points.</summary>
    public static TinyPdf.PageDraft Cells(this TinyPdf.PageDraft page, double[] xs, double[] ys, string[][] rows, bool bold = false)
    {
        for (var r = 0; r < rows.Length; r++)
        for (var c = 0; c < rows[r].Length; c++)
            if (rows[r][c].Length > 0) page.Text(xs[c] + 3, ys[r] + 12, rows[r][c], 9, bold);
        return page;
    }
}
