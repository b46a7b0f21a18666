using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Dataset.Checks;
using Ingest.Dataset.Enrichment;
using Ingest.Extraction;
using Ingest.Normalisation;
using Ingest.Normalisation.Ocr;
using Ingest.Readers;
using Ingest.Readers.Docx;
using Ingest.Readers.Html;
using Ingest.Readers.Legacy;
using Ingest.Readers.Pdf;
using Ingest.Readers.Pdf.Mutool;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Readers.Xlsx;

namespace Ingest.Cli.Processing;

/// <summary>Builds the pipeline's stages from the extraction rules: one reader per format, one extractor.</summary>
public static class Pipeline
{
    /// <param name="ocrProgress">Told as each scanned page is read (from OCR worker threads).</param>
    /// <param name="pdfEngine">The engine for digital PDFs; null for the environment's choice (PdfPig by default).</param>
    public static DocumentProcessor Create(string? rulesPath = null, IProgress<OcrProgress>? ocrProgress = null, PdfEngine? pdfEngine = null)
    {
        var rules = RulesDirectory.Locate(rulesPath);
        var readers = AllReaders(rules, ocrProgress, pdfEngine);
        var extractor = ScorecardExtractor.FromRules(rules);
        var enricher = ObservationEnricher.FromRules(rules);
        var version = ExtractorVersion.Of(rules,
            readers.Select(r => r.GetType().Assembly).Append(typeof(ScorecardExtractor).Assembly).Append(typeof(Normaliser).Assembly)
                .Append(typeof(ObservationEnricher).Assembly));
        return new DocumentProcessor(new ReaderRegistry(readers), extractor, version, enricher, DocumentChecks.FromRules(rules));
    }

    public static ReaderRegistry Readers(string? rulesPath) => new(AllReaders(RulesDirectory.Locate(rulesPath)));

    public static ISymbolFonts SymbolFonts(string? rulesPath) => new SymbolFontsFromRules(SymbolFontMap.Load(RulesDirectory.Locate(rulesPath)));

    private static IReadOnlyList<IDocumentReader> AllReaders(RulesDirectory rules, IProgress<OcrProgress>? ocrProgress = null, PdfEngine? pdfEngine = null)
    {
        var symbols = SymbolFontMap.Load(rules);
        var docx = new DocxReader(symbols);
        // Scanned pages are OCR'd; the repair rules (homoglyphs, digits read as letters, vocabulary) are data.
        var ocr = new OcrOptions(Progress: ocrProgress, Repair: OcrRepairer.FromRules(rules).RepairCell);
        return [docx, new HtmlReader(), new XlsxReader(), new PdfReader(new SymbolFontsFromRules(symbols), EngineOptions(pdfEngine), ocr),
            new LegacyWordReader(docx, LibreOfficeConverter.FromEnvironment())];
    }

    private static PdfEngineOptions EngineOptions(PdfEngine? engine)
    {
        var options = PdfEngineOptions.FromEnvironment();
        return engine is { } chosen ? options with { Engine = chosen } : options;
    }

    /// <summary>The Word reader's symbol-font rules, lent to the PDF reader (which depends only on Core).</summary>
    private sealed class SymbolFontsFromRules(SymbolFontMap map) : ISymbolFonts
    {
        public bool IsSymbolFont(string font) => map.IsSymbolFont(font);

        public string? Map(string font, int code) => map.Map(font, code);
    }
}
