using System.Collections.Concurrent;
using System.Globalization;
using Ingest.Readers.Pdf.Mutool;
using Polly;

namespace Ingest.Explorer.Sources;

/// <summary>
/// PDF pages drawn as PNGs by <c>mutool draw</c> (as OCR draws them), each page once per server: kept in a
/// private temporary folder that goes when the server stops.
/// </summary>
public sealed class PageImages : IDisposable
{
    /// <summary>Enough to read a table's figures on screen, small enough to draw in a fraction of a second.</summary>
    public const int Dpi = 110;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ingest-explorer-");
    private readonly ConcurrentDictionary<string, Lazy<PageImage>> _drawn = new(StringComparer.Ordinal);
    private readonly ResiliencePipeline _timeout = new ResiliencePipelineBuilder().AddTimeout(TimeSpan.FromSeconds(60)).Build();
    private readonly string _mutool;

    public PageImages(string mutool = "mutool") => _mutool = mutool;

    /// <exception cref="Ingest.Core.Pipeline.DocumentException">The page could not be drawn (mutool missing, a bad page).</exception>
    public PageImage Page(long documentId, string pdfPath, int page)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{documentId}-{page}");
        var lazy = _drawn.GetOrAdd(key, k => new Lazy<PageImage>(() => Draw(k, pdfPath, page)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A failure is not remembered: the next request tries again (mutool may have been installed since).
            _drawn.TryRemove(key, out _);
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing shutdown for.
        }
    }

    private PageImage Draw(string key, string pdfPath, int page)
    {
        var picture = Path.Combine(_folder.FullName, key + ".png");
        MutoolPageDrawing.Draw(_mutool, pdfPath, page, Dpi, picture, _timeout, CancellationToken.None);
        var (width, height) = PngSize.Read(picture);
        return new PageImage(picture, width, height, Dpi);
    }
}
