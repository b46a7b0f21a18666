using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// From PdfPig's coordinates (origin bottom-left, y up) to the page as displayed: origin at its top-left
/// corner, y down. PdfPig has already turned a page with /Rotate (its letters, paths and size are those
/// of the turned page), so only the flip and, on an unturned page, the crop box's corner remain.
/// </summary>
internal readonly struct DisplayFrame
{
    private readonly double _left;
    private readonly double _top;

    public DisplayFrame(Page page)
    {
        Width = Round(page.Width);
        Height = Round(page.Height);
        var box = page.CropBox.Bounds;
        (_left, _top) = page.Rotation.Value % 360 == 0 ? (box.Left, box.Top) : (0, page.Height);
    }

    public double Width { get; }
    public double Height { get; }

    public (double X, double Y) ToDisplay(PdfPoint point) => (Round(point.X - _left), Round(_top - point.Y));

    /// <summary>
    /// PDF numbers are written with a few decimals but reach us through single precision (595.3 becomes
    /// 595.29998779): rounded to a thousandth of a point, positions compare as the file states them.
    /// </summary>
    private static double Round(double value) => Math.Round(value, 3);
}
