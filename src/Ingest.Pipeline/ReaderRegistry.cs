using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Readers;
using Ingest.Readers.Docx;
using Ingest.Readers.Html;
using Ingest.Readers.Legacy;
using Ingest.Readers.Pdf;
using Ingest.Readers.Pdf.Layout.Finders;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Readers.Xlsx;

namespace Ingest.Pipeline;

/// <summary>
/// The one list of readers: chooses the reader for a file by its extension. <see cref="IngestPipelineBuilder"/>
/// fills it with every format's reader (and any added with <c>UseReader</c>).
/// </summary>
public sealed class ReaderRegistry
{
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IDocumentReader> _readers = [];

    public ReaderRegistry(IEnumerable<IDocumentReader> readers)
    {
        _readers.AddRange(readers);
        foreach (var reader in _readers)
        foreach (var extension in reader.Extensions)
        {
            var key = Normalise(extension);
            // Two readers claiming one extension is a wiring mistake; failing here beats a silent winner.
            if (!_byExtension.TryAdd(key, reader))
                throw new ArgumentException(
                    $"extension '{key}' is claimed by both {_byExtension[key].GetType().Name} and {reader.GetType().Name}",
                    nameof(readers));
        }
    }

    /// <summary>Every format's reader: the one place a new format is added.</summary>
    public static ReaderRegistry Standard(RulesDirectory rules, PdfEngineOptions pdfEngine, OcrOptions ocr, IEnumerable<IDocumentReader>? more = null)
    {
        var symbols = SymbolFontMap.Load(rules);
        var docx = new DocxReader(symbols);
        IDocumentReader[] standard =
        [
            docx, new HtmlReader(), new XlsxReader(), new PdfReader(new SymbolFontsFromRules(symbols), pdfEngine, ocr,
                new TableExtractionOptions(Layout: PdfLayoutRules.Load(rules))),
            new LegacyWordReader(docx, LibreOfficeConverter.FromEnvironment()),
        ];
        return new ReaderRegistry(standard.Concat(more ?? []));
    }

    /// <summary>Extensions with a reader, lower-case with the dot.</summary>
    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    /// <summary>The reader for this file's extension, or null when no reader handles it.</summary>
    public IDocumentReader? For(string path)
    {
        var extension = Path.GetExtension(path);
        return string.IsNullOrEmpty(extension) ? null : _byExtension.GetValueOrDefault(Normalise(extension));
    }

    /// <summary>The readers, in the order they were registered.</summary>
    public IReadOnlyList<IDocumentReader> Readers => _readers;

    private static string Normalise(string extension)
    {
        var trimmed = extension.Trim().ToLowerInvariant();
        return trimmed.StartsWith('.') ? trimmed : "." + trimmed;
    }
}
