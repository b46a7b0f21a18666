using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Tests.Support;
using Xunit.Abstractions;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// Memory stays flat on long documents: a 300-page PDF (thirteen copies of the longest corpus
/// scorecard, joined with <c>mutool merge</c>, plus one page) is read page by page. The whole
/// process's peak is measured outside the tests, with the CLI (see the issue 4 notes); here the
/// managed heap is sampled after every page, which is what would grow if pages piled up. The heap is the
/// whole process's, so the test runs alone: other tests' pictures (scans drawn at 300 dpi) would count too.
/// </summary>
[Collection(Name)]
public sealed class LongDocumentMemoryTests(ITestOutputHelper output)
{
    public const string Name = "managed heap measured alone";

    private const long Limit = 300L * 1024 * 1024;

    [RequiresMutoolTheory]
    [InlineData(PdfEngine.PdfPig)]
    [InlineData(PdfEngine.Mutool)]
    public void A_300_page_pdf_is_read_with_the_managed_heap_under_300_MB(PdfEngine engine)
    {
        using var files = new TempFiles();
        var path = Generate(files.PathOf("long.pdf"));
        var source = new SampledSource(PdfEngines.Create(new PdfEngineOptions(engine, FallBackToMutool: false), SymbolFonts.FromRules()).Single());
        // What earlier tests left for the collector is theirs, not this reading's.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var tables = PdfTables.Extract(source, path, TableExtractionOptions.Default);

        output.WriteLine($"{source.Pages} pages, {tables.Count} tables, peak managed heap {source.PeakBytes / (1024.0 * 1024):0.0} MB");
        source.Pages.Should().Be(300);
        tables.Count.Should().BeGreaterThanOrEqualTo(13, "every copy of the scorecard has its tables");
        source.PeakBytes.Should().BeLessThan(Limit);
    }

    /// <summary>Writes the 300-page document: the generator, so the file itself need not be committed.</summary>
    internal static string Generate(string path)
    {
        var scorecard = Path.Combine(RepositoryPaths.Corpus, "harrow", "harrow-corporate-scorecard-q1-2023-24.pdf");
        var onePage = Path.Combine(RepositoryPaths.Corpus, "harrow", "harrow-performance-morning-q1-2010-11.pdf");
        MutoolTool.Run(["merge", "-o", path, .. Enumerable.Repeat(scorecard, 13), onePage]);
        return path;
    }

    /// <summary>Passes pages through, noting the managed heap as each one is handed on.</summary>
    private sealed class SampledSource(IPageContentSource inner) : IPageContentSource
    {
        public string Name => inner.Name;

        public int Pages { get; private set; }

        public long PeakBytes { get; private set; }

        public IEnumerable<PageContent> Read(string path, PageSelection? pages, CancellationToken cancellationToken)
        {
            foreach (var page in inner.Read(path, pages, cancellationToken))
            {
                Pages++;
                PeakBytes = Math.Max(PeakBytes, GC.GetTotalMemory(forceFullCollection: false));
                yield return page;
            }
        }
    }
}

/// <summary>Tests in this collection run after the others, with nothing beside them.</summary>
[CollectionDefinition(LongDocumentMemoryTests.Name, DisableParallelization = true)]
public sealed class HeapMeasuredAloneCollection;
