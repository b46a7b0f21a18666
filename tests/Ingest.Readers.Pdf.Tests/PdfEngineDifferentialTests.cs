using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Mutool;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Readers.Pdf.PdfPig;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// Both engines give the same reading of every digital PDF we have: the corpus twins, the hard table
/// cases and the real council papers beside the repository. The reading is what extraction sees (every
/// table's cells with text, spans, fill, bold and colour, and the paragraphs), so equal readings give
/// equal observations. Scans have no text layer for either engine and are left to the OCR tests.
/// </summary>
public sealed class PdfEngineDifferentialTests
{
    public static TheoryData<string> DigitalPdfs()
    {
        var data = new TheoryData<string>();
        var folders = new[] { RepositoryPaths.Corpus, RepositoryPaths.RealDocs }.Where(Directory.Exists);
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.pdf", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}scanned{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            if (file.Contains($"{Path.DirectorySeparatorChar}bad{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            data.Add(Path.GetRelativePath(Path.GetDirectoryName(RepositoryPaths.Root)!, file));
        }
        return data;
    }

    [RequiresMutoolTheory]
    [MemberData(nameof(DigitalPdfs))]
    public void PdfPig_and_mutool_read_the_same_tables_and_text(string file)
    {
        var path = Path.Combine(Path.GetDirectoryName(RepositoryPaths.Root)!, file);

        var pdfPig = Reading(new PdfPigPageSource(SymbolFonts.FromRules()), path);
        var mutool = Reading(new MutoolTraceSource(symbolFonts: SymbolFonts.FromRules()), path);

        pdfPig.Should().Equal(mutool);
    }

    private static List<string> Reading(IPageContentSource engine, string path)
    {
        var reading = new PdfReader(engine, ocr: OcrOptions.Disabled).ReadLayout(path, TableExtractionOptions.Default);
        return reading.Paragraphs.Select(p => "paragraph: " + p)
            .Concat(reading.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells).Select(c => Describe(t, c))))
            .ToList();
    }

    private static string Describe(Table table, Cell cell) =>
        $"table {table.Index} page {table.Page} cell {cell.Row},{cell.Column} span {cell.RowSpan}x{cell.ColumnSpan} " +
        $"fill {cell.Fill} bold {cell.IsBold} colour {cell.FontColour}: {cell.Text}";
}
