using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Text;

/// <summary>
/// The page turned so that its main text reads upright, left to right. Layout analysis works in this
/// frame; cell boxes are turned back to page coordinates for the table model.
/// </summary>
internal sealed class PageFrame
{
    public PageFrame(double pageWidth, double pageHeight, int rotation)
    {
        PageWidth = pageWidth;
        PageHeight = pageHeight;
        Rotation = ((rotation % 360) + 360) % 360;
        (Width, Height) = Rotation is 90 or 270 ? (pageHeight, pageWidth) : (pageWidth, pageHeight);
    }

    public double PageWidth { get; }
    public double PageHeight { get; }

    /// <summary>Clockwise turn of the text on the page: 0, 90, 180 or 270.</summary>
    public int Rotation { get; }

    public double Width { get; }
    public double Height { get; }

    public (double X, double Y) ToFrame(double x, double y) => Rotation switch
    {
        90 => (y, PageWidth - x),
        180 => (PageWidth - x, PageHeight - y),
        270 => (PageHeight - y, x),
        _ => (x, y),
    };

    public (double X, double Y) ToPage(double x, double y) => Rotation switch
    {
        90 => (PageWidth - y, x),
        180 => (PageWidth - x, PageHeight - y),
        270 => (y, PageHeight - x),
        _ => (x, y),
    };

    public BoundingBox ToFrame(BoundingBox box) => Box(ToFrame(box.Left, box.Top), ToFrame(box.Right, box.Bottom));

    public BoundingBox ToPage(BoundingBox box) => Box(ToPage(box.Left, box.Top), ToPage(box.Right, box.Bottom));

    /// <summary>An angle on the page (degrees clockwise) as seen in this frame.</summary>
    public double ToFrameAngle(double angle) => ((angle - Rotation) % 360 + 360) % 360;

    private static BoundingBox Box((double X, double Y) a, (double X, double Y) b) =>
        new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
}
