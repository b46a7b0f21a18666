using Ingest.Core.Tables;
using Ingest.Readers.Docx;
using Ingest.Readers.Pdf.Tests.Support;
using Xunit.Abstractions;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// Every corpus PDF is printed from a Word file of the corpus: its tables must read as the Word
/// file's tables do (same rows, cell texts and fills), since both give the same expected observations.
/// </summary>
public sealed class CorpusTwinTests(ITestOutputHelper output)
{
    public static TheoryData<string> Twins()
    {
        var data = new TheoryData<string>();
        foreach (var pdf in Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.pdf", SearchOption.AllDirectories).Order())
            if (File.Exists(Path.ChangeExtension(pdf, ".docx")))
                data.Add(Path.GetRelativePath(RepositoryPaths.Corpus, pdf));
        return data;
    }

    [Theory]
    [MemberData(nameof(Twins))]
    public void The_pdf_twin_reads_like_its_word_original(string relativePath)
    {
        var pdfPath = Path.Combine(RepositoryPaths.Corpus, relativePath);
        var agreement = TwinComparison.Compare(ReadWord(Path.ChangeExtension(pdfPath, ".docx")).Tables, ReadPdf(pdfPath).Tables);

        output.WriteLine($"{relativePath}: text {agreement.Text:P1} of {agreement.Cells} cells, fill {agreement.Fill:P1}, rows word {agreement.WordRows} pdf {agreement.PdfRows}");
        foreach (var difference in agreement.Differences.Take(40)) output.WriteLine("  " + difference);
        // 0.95, not 1: LibreOffice prints Word's "Wingdings 3" arrows (not installed where the corpus is
        // printed) as one substitute glyph, so ▼ cannot be told from ▲ in the corporate scorecard's PDF.
        agreement.Text.Should().BeGreaterThanOrEqualTo(0.95);
        agreement.Fill.Should().BeGreaterThanOrEqualTo(0.99);
    }

    internal static DocumentContent ReadWord(string path)
    {
        var symbols = SymbolFontMap.Load(RealRules.Directory);
        using var stream = File.OpenRead(path);
        return new DocxReader(symbols).Read(DocumentSources.FromFile(path), stream);
    }

    internal static DocumentContent ReadPdf(string path)
    {
        using var stream = File.OpenRead(path);
        return new PdfReader(SymbolFonts.FromRules()).Read(DocumentSources.FromFile(path), stream);
    }
}
