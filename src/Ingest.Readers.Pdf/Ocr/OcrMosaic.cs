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

    private readonly List<(Crop Crop, int MosaicTop)> _placed = [];
    private readonly bool _turned;

    private OcrMosaic(byte[] grey, int width, int height, bool turned)
    {
        _turned = turned;
        Grey = grey;
        Width = width;
        Height = height;
    }

    public byte[] Grey { get; }
    public int Width { get; }
    public int Height { get; }

    /// <param name="scale">Points per pixel of <paramref name="page"/>.</param>
    /// <param name="turned">Turn each region a quarter clockwise before placing it: a label printed bottom to top
    /// then reads left to right, and its words come back on the page as text running bottom to top.</param>
    /// <param name="paper">Pixels at least this bright are made white. A lone letter cut from a pale shaded cell (too pale
    /// for <see cref="GreyFills"/> to paint out) sits on a tile of grey speckle in the white mosaic, and Tesseract then
    /// read it as noise: seed 2121's Rotherham wrapped its "DoT" header as "Do" / "T", the "T" came back "a" at
    /// confidence 8, and the trend column, headed "Do", was lost. On white it reads "T" at 88.</param>
    public static OcrMosaic Build(byte[] page, int pageWidth, int pageHeight, IReadOnlyList<UnreadRegion> regions, double scale,
        bool turned = false, int paper = 256)
    {
        var crops = regions.Select(r =>
        {
            var left = Math.Clamp((int)(r.Box.Left / scale) - 2, 0, pageWidth - 1);
            var top = Math.Clamp((int)(r.Box.Top / scale) - 2, 0, pageHeight - 1);
            var right = Math.Clamp((int)Math.Ceiling(r.Box.Right / scale) + 2, left, pageWidth - 1);
            var bottom = Math.Clamp((int)Math.Ceiling(r.Box.Bottom / scale) + 2, top, pageHeight - 1);
            return new Crop(r, left, top, right - left + 1, bottom - top + 1);
        }).ToList();
        var width = crops.Count == 0 ? 1 : crops.Max(c => Placed(c, turned).Width) + 2 * Margin;
        var height = crops.Sum(c => Placed(c, turned).Height + Margin) + Margin;
        var grey = new byte[width * height];
        Array.Fill(grey, (byte)255);
        var mosaic = new OcrMosaic(grey, width, height, turned);
        var y = Margin;
        foreach (var crop in crops)
        {
            if (turned)
            {
                // Turned clockwise, crop pixel (x, y) lands at (height - 1 - y, x).
                for (var row = 0; row < crop.Height; row++)
                for (var x = 0; x < crop.Width; x++)
                    grey[(y + x) * width + Margin + crop.Height - 1 - row] = page[(crop.Top + row) * pageWidth + crop.Left + x];
            }
            else
            {
                for (var row = 0; row < crop.Height; row++)
                    Array.Copy(page, (crop.Top + row) * pageWidth + crop.Left, grey, (y + row) * width + Margin, crop.Width);
            }
            mosaic._placed.Add((crop, y));
            if (paper <= 255)
            {
                var (placedWidth, placedHeight) = Placed(crop, turned);
                for (var row = y; row < y + placedHeight; row++)
                for (var x = Margin; x < Margin + placedWidth; x++)
                    if (grey[row * width + x] >= paper) grey[row * width + x] = 255;
            }
            y += Placed(crop, turned).Height + Margin;
        }
        return mosaic;
    }

    private static (int Width, int Height) Placed(Crop crop, bool turned) => turned ? (crop.Height, crop.Width) : (crop.Width, crop.Height);

    /// <summary>Words read on the mosaic (boxes in its pixels) back on the page in points, each with the region it was read in.</summary>
    public IReadOnlyList<(UnreadRegion Region, OcrWord Word)> BackOnPage(IReadOnlyList<OcrWord> read, double scale)
    {
        var result = new List<(UnreadRegion, OcrWord)>();
        foreach (var word in read)
        {
            var middle = (word.Box.Top + word.Box.Bottom) / 2;
            var index = _placed.FindIndex(p => middle >= p.MosaicTop && middle < p.MosaicTop + Placed(p.Crop, _turned).Height);
            if (index < 0) continue;
            var (crop, mosaicTop) = _placed[index];
            double X(double x) => (x + crop.Left) * scale;
            double Y(double y) => (y + crop.Top) * scale;
            var (left, top, right, bottom) = (word.Box.Left - Margin, word.Box.Top - mosaicTop, word.Box.Right - Margin, word.Box.Bottom - mosaicTop);
            var box = _turned
                // The inverse of the turn: placed (x, y) was crop (y, height - x).
                ? new BoundingBox(X(top), Y(crop.Height - right), X(bottom), Y(crop.Height - left))
                : new BoundingBox(X(left), Y(top), X(right), Y(bottom));
            result.Add((crop.Region, word with { Box = box, Line = index, Angle = _turned ? OcrTurnedText.BottomToTop : word.Angle }));
        }
        return result;
    }

    /// <summary>A region's pixels on the page.</summary>
    private sealed record Crop(UnreadRegion Region, int Left, int Top, int Width, int Height);
}
