using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Regions of a page to read again, cut out and stacked one under another on a blank picture, so that one
/// more Tesseract run reads them all: a second look at a few places costs one small picture, not another
/// pass over the page. Each region sits on its own line with a blank line's gap around it, and a word read
/// on the mosaic goes back to the region whose band its middle falls in.
/// </summary>
internal sealed class OcrMosaic
{
    /// <summary>Blank pixels around each region and between one region and the next.</summary>
    private const int Margin = 24;

    private readonly List<(UnreadRegion Region, int Left, int Top, int MosaicTop, int Height)> _placed = [];

    private OcrMosaic(byte[] grey, int width, int height)
    {
        Grey = grey;
        Width = width;
        Height = height;
    }

    public byte[] Grey { get; }
    public int Width { get; }
    public int Height { get; }

    /// <param name="scale">Points per pixel of <paramref name="page"/>.</param>
    public static OcrMosaic Build(byte[] page, int pageWidth, int pageHeight, IReadOnlyList<UnreadRegion> regions, double scale)
    {
        var crops = regions.Select(r =>
        {
            var left = Math.Clamp((int)(r.Box.Left / scale) - 2, 0, pageWidth - 1);
            var top = Math.Clamp((int)(r.Box.Top / scale) - 2, 0, pageHeight - 1);
            var right = Math.Clamp((int)Math.Ceiling(r.Box.Right / scale) + 2, left, pageWidth - 1);
            var bottom = Math.Clamp((int)Math.Ceiling(r.Box.Bottom / scale) + 2, top, pageHeight - 1);
            return (Region: r, Left: left, Top: top, Width: right - left + 1, Height: bottom - top + 1);
        }).ToList();
        var width = crops.Count == 0 ? 1 : crops.Max(c => c.Width) + 2 * Margin;
        var height = crops.Sum(c => c.Height + Margin) + Margin;
        var grey = new byte[width * height];
        Array.Fill(grey, (byte)255);
        var mosaic = new OcrMosaic(grey, width, height);
        var y = Margin;
        foreach (var crop in crops)
        {
            for (var row = 0; row < crop.Height; row++)
                Array.Copy(page, (crop.Top + row) * pageWidth + crop.Left, grey, (y + row) * width + Margin, crop.Width);
            mosaic._placed.Add((crop.Region, crop.Left, crop.Top, y, crop.Height));
            y += crop.Height + Margin;
        }
        return mosaic;
    }

    /// <summary>Words read on the mosaic (boxes in its pixels) back on the page in points, each with the region it was read in.</summary>
    public IReadOnlyList<(UnreadRegion Region, OcrWord Word)> BackOnPage(IReadOnlyList<OcrWord> read, double scale)
    {
        var result = new List<(UnreadRegion, OcrWord)>();
        foreach (var word in read)
        {
            var middle = (word.Box.Top + word.Box.Bottom) / 2;
            var index = _placed.FindIndex(p => middle >= p.MosaicTop && middle < p.MosaicTop + p.Height);
            if (index < 0) continue;
            var p = _placed[index];
            double X(double x) => (x - Margin + p.Left) * scale;
            double Y(double y) => (y - p.MosaicTop + p.Top) * scale;
            var box = new BoundingBox(X(word.Box.Left), Y(word.Box.Top), X(word.Box.Right), Y(word.Box.Bottom));
            result.Add((p.Region, word with { Box = box, Line = index }));
        }
        return result;
    }
}
