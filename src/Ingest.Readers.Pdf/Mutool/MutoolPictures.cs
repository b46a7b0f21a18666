using System.Globalization;
using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Ocr;
using Polly;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// The pixels of a page's small pictures, which <c>mutool trace</c> places but does not decode. A short
/// MuPDF script (<c>mutool run</c>) walks the page the way trace does and prints each small picture's
/// samples, so a pasted arrow or RAG dot is read by <see cref="Content.PictureMarks"/> from the same
/// pixels PdfPig decodes. A page is asked for only when its trace holds a picture small enough to be a
/// mark, and only that page's pictures are kept.
/// </summary>
internal sealed class MutoolPictures(MutoolOptions options, ResiliencePipeline timeout, string pdfPath, CancellationToken cancellationToken)
{
    /// <summary>Pictures shown larger than this (points) either way, or with more samples, are not printed: no mark is that big.</summary>
    private const double LargestShown = 24;
    private const int MostPixels = 512 * 512;

    private int _page = -1;
    private IReadOnlyList<RasterImage?> _pictures = [];

    /// <summary>The <paramref name="ordinal"/>-th picture (0-based, in drawing order) of a page, as RGB over white; null when it cannot be read.</summary>
    /// <param name="pageNumber">1-based.</param>
    public RasterImage? Pixels(int pageNumber, int ordinal)
    {
        if (pageNumber != _page)
        {
            _pictures = Read(pageNumber);
            _page = pageNumber;
        }
        return ordinal < _pictures.Count ? _pictures[ordinal] : null;
    }

    private List<RasterImage?> Read(int pageNumber)
    {
        var script = Path.Combine(Path.GetTempPath(), $"ingest-pictures-{Guid.NewGuid():N}.js");
        try
        {
            File.WriteAllText(script, Script);
            var run = ToolProcess.Run(options.Executable,
                ["run", script, Path.GetFullPath(pdfPath), pageNumber.ToString(CultureInfo.InvariantCulture),
                 LargestShown.ToString(CultureInfo.InvariantCulture), MostPixels.ToString(CultureInfo.InvariantCulture)],
                timeout, MutoolFailure.NotFound, cancellationToken);
            // A picture that cannot be decoded is no mark, as when PdfPig cannot decode one.
            return run.ExitCode == 0 ? Parse(run.Output) : [];
        }
        catch (DocumentException)
        {
            return [];
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>One line a picture: width, components (alpha among them), alpha (0/1) and hex samples, or "-" when not printed.</summary>
    internal static List<RasterImage?> Parse(string output)
    {
        var pictures = new List<RasterImage?>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            if (parts.Length != 5 || parts[0] != "picture") continue;
            pictures.Add(int.TryParse(parts[1], CultureInfo.InvariantCulture, out var width)
                && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var components)
                && int.TryParse(parts[3], CultureInfo.InvariantCulture, out var alpha)
                ? Decode(width, components, alpha == 1, parts[4])
                : null);
        }
        return pictures;
    }

    private static RasterImage? Decode(int width, int components, bool alpha, string hex)
    {
        if (hex == "-" || width <= 0 || hex.Length % 2 != 0) return null;
        byte[] samples;
        try
        {
            samples = Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
        var colours = components - (alpha ? 1 : 0);
        if (colours is not (1 or 3 or 4) || samples.Length % (width * components) != 0) return null;
        var height = samples.Length / (width * components);
        var rgb = new byte[width * height * 3];
        for (var i = 0; i < width * height; i++)
        {
            var s = samples.AsSpan(i * components, components);
            var (r, g, b) = colours switch
            {
                1 => (s[0], s[0], s[0]),
                3 => (s[0], s[1], s[2]),
                _ => (FromInk(s[0], s[3]), FromInk(s[1], s[3]), FromInk(s[2], s[3])),
            };
            var a = alpha ? s[colours] : 255;
            rgb[i * 3] = OverWhite(r, a);
            rgb[i * 3 + 1] = OverWhite(g, a);
            rgb[i * 3 + 2] = OverWhite(b, a);
        }
        return new RasterImage(width, height, rgb);
    }

    private static byte FromInk(byte ink, byte black) => (byte)((255 - ink) * (255 - black) / 255);

    // MuPDF's samples with alpha are premultiplied: the colour is already scaled by alpha.
    private static byte OverWhite(byte premultiplied, int alpha) => (byte)Math.Min(255, premultiplied + 255 - alpha);

    /// <summary>
    /// Run as <c>mutool run script pdf page largest most</c>: a device that sees every picture drawn on the page,
    /// in the order <c>mutool trace</c> lists them.
    /// </summary>
    private const string Script = """
        var doc = new Document(scriptArgs[0]);
        var page = doc.loadPage(parseInt(scriptArgs[1], 10) - 1);
        var largest = parseFloat(scriptArgs[2]);
        var most = parseInt(scriptArgs[3], 10);
        var digits = "0123456789abcdef";
        page.run({
          fillImage: function (image, ctm, alpha) {
            var across = Math.sqrt(ctm[0] * ctm[0] + ctm[1] * ctm[1]);
            var down = Math.sqrt(ctm[2] * ctm[2] + ctm[3] * ctm[3]);
            var pixmap = image.toPixmap();
            var w = pixmap.getWidth(), h = pixmap.getHeight(), n = pixmap.getNumberOfComponents();
            var a = pixmap.getAlpha() ? 1 : 0;
            if (across > largest || down > largest || w * h > most) { print("picture " + w + " " + n + " " + a + " -"); return; }
            var hex = [];
            for (var y = 0; y < h; y++)
              for (var x = 0; x < w; x++)
                for (var k = 0; k < n; k++) {
                  var v = pixmap.getSample(x, y, k);
                  hex.push(digits.charAt(v >> 4) + digits.charAt(v & 15));
                }
            print("picture " + w + " " + n + " " + a + " " + hex.join(""));
          }
        }, Identity);
        """;
}
