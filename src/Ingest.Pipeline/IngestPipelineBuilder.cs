using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Dataset.Checks;
using Ingest.Dataset.Enrichment;
using Ingest.Extraction;
using Ingest.Normalisation;
using Ingest.Normalisation.Ocr;
using Ingest.Readers.Pdf;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Pipeline;

/// <summary>
/// Composes the pipeline (read -> extract -> identify -> check) from the extraction rules, then freezes it:
/// <code>var processor = new IngestPipelineBuilder().UseRules(dir).UsePdfEngine(PdfEngine.PdfPig).Build();</code>
/// Every format's reader is registered (<see cref="ReaderRegistry.Standard"/>); <see cref="UseReader"/> adds one.
/// </summary>
public sealed class IngestPipelineBuilder
{
    private string? _rulesPath;
    private RulesDirectory? _rules;
    private PdfEngine? _pdfEngine;
    private IProgress<OcrProgress>? _ocrProgress;
    private int? _ocrParallel;
    private readonly List<Func<RulesDirectory, IDocumentReader>> _moreReaders = [];

    /// <summary>The extraction rules folder; null (the default) finds it as <see cref="RulesDirectory.Locate"/> does.</summary>
    public IngestPipelineBuilder UseRules(string? path)
    {
        _rulesPath = path;
        _rules = null;
        return this;
    }

    public IngestPipelineBuilder UseRules(RulesDirectory rules)
    {
        _rules = rules;
        return this;
    }

    /// <summary>The engine for digital PDFs; null (the default) for the environment's choice (PdfPig unless INGEST_PDF_ENGINE says otherwise).</summary>
    public IngestPipelineBuilder UsePdfEngine(PdfEngine? engine)
    {
        _pdfEngine = engine;
        return this;
    }

    /// <summary>Told as each scanned page is read (from OCR worker threads).</summary>
    public IngestPipelineBuilder UseOcrProgress(IProgress<OcrProgress>? progress)
    {
        _ocrProgress = progress;
        return this;
    }

    /// <summary>Scanned pages of one document read at once; null (the default) for one per core.</summary>
    public IngestPipelineBuilder UseOcrParallel(int? pages)
    {
        _ocrParallel = pages;
        return this;
    }

    /// <summary>Adds a reader for another format, made from the rules; an extension already claimed is a wiring error at build.</summary>
    public IngestPipelineBuilder UseReader(Func<RulesDirectory, IDocumentReader> reader)
    {
        _moreReaders.Add(reader);
        return this;
    }

    /// <summary>The readers alone (for a host that reads tables without extracting scorecards).</summary>
    public ReaderRegistry BuildReaders() => BuildReaders(Rules());

    public DocumentProcessor Build()
    {
        var rules = Rules();
        var readers = BuildReaders(rules);
        var extractor = ScorecardExtractor.FromRules(rules);
        var enricher = ObservationEnricher.FromRules(rules);
        var version = ExtractorVersion.Of(rules,
            readers.Readers.Select(r => r.GetType().Assembly).Append(typeof(ScorecardExtractor).Assembly).Append(typeof(Normaliser).Assembly)
                .Append(typeof(ObservationEnricher).Assembly));
        return new DocumentProcessor(readers, extractor, version, enricher, DocumentChecks.FromRules(rules),
            ScanRules.Load(rules).Doubts.ContradictedConfidence);
    }

    private RulesDirectory Rules() => _rules ?? RulesDirectory.Locate(_rulesPath);

    private ReaderRegistry BuildReaders(RulesDirectory rules)
    {
        // Scanned pages are OCR'd; the repair rules (homoglyphs, digits read as letters, vocabulary) are data.
        // One set of OCR slots for every worker of the run: pages on all cores, never more Tesseract processes than cores.
        var ocr = new OcrOptions(new TesseractOcr(ScanRules.Load(rules).ToTesseractOptions()), _ocrProgress,
            OcrRepairer.FromRules(rules).RepairCell, MaxParallel: _ocrParallel, Slots: OcrSlots.PerCore());
        var engine = PdfEngineOptions.FromEnvironment();
        if (_pdfEngine is { } chosen) engine = engine with { Engine = chosen };
        return ReaderRegistry.Standard(rules, engine, ocr, _moreReaders.Select(make => make(rules)));
    }
}
