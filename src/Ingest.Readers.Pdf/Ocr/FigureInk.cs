using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// The ink of one figure as blobs, and which of them are its digits: blobs as tall as the figure standing from one top
/// line. A sign before the digits ("≥", "≤", ">=") and a decimal point are lower, so they are told from the digits by
/// where they stand rather than by what Tesseract read.
/// </summary>
internal sealed class FigureInk
{
    private FigureInk(IReadOnlyList<InkBlobs.Blob> blobs, IReadOnlyList<InkBlobs.Blob> digits, int size)
    {
        Blobs = blobs;
        Digits = digits;
        Size = size;
    }

    /// <summary>Every blob in the word's box (pixels of the box's crop).</summary>
    public IReadOnlyList<InkBlobs.Blob> Blobs { get; }

    /// <summary>The tall blobs standing from the figure's top line, left to right, less a "%"'s stroke.</summary>
    public IReadOnlyList<InkBlobs.Blob> Digits { get; }

    /// <summary>Pixels: the tallest blob's height.</summary>
    public int Size { get; }

    public int Baseline => Digits.Max(b => b.Bottom);

    /// <param name="inkBelow">Only pixels darker than this are ink (below <see cref="InkBlobs"/>' own level, glyphs that
    /// blur joins stand apart).</param>
    /// <param name="percent">The figure ends in "%": its rightmost tall blob is that sign's stroke, which may stand
    /// lower or higher than the digits, and is no digit.</param>
    public static FigureInk? Of(byte[] grey, int width, int height, BoundingBox box, double scale, double tallShare, double topSlack,
        bool percent, int inkBelow = 255)
    {
        var left = Math.Clamp((int)Math.Floor(box.Left / scale) - 1, 0, width - 1);
        var top = Math.Clamp((int)Math.Floor(box.Top / scale) - 1, 0, height - 1);
        var right = Math.Clamp((int)Math.Ceiling(box.Right / scale) + 1, left, width - 1);
        var bottom = Math.Clamp((int)Math.Ceiling(box.Bottom / scale) + 1, top, height - 1);
        var (w, h) = (right - left + 1, bottom - top + 1);
        var crop = new byte[w * h];
        for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++)
            crop[y * w + x] = grey[(top + y) * width + left + x] < inkBelow ? grey[(top + y) * width + left + x] : (byte)255;
        var blobs = InkBlobs.Find(crop, w, h, 1, Math.Max(w, h));
        if (blobs.Count == 0) return null;
        var size = blobs.Max(Height);
        var tall = blobs.Where(b => Height(b) >= tallShare * size).OrderBy(b => b.Left).ToList();
        if (percent && tall.Count > 0) tall.RemoveAt(tall.Count - 1);
        if (tall.Count == 0) return null;
        var tops = tall.Min(b => b.Top);
        var digits = tall.Where(b => b.Top <= tops + topSlack * size).OrderBy(b => b.Left).ToList();
        return new FigureInk(blobs, digits, size);
    }

    /// <summary>A small round blob standing on the digits' baseline.</summary>
    public static bool IsPoint(InkBlobs.Blob blob, int size, int baseline, ScanDecimalRules rules)
    {
        var (w, h) = (blob.Right - blob.Left + 1, blob.Bottom - blob.Top + 1);
        if (h > rules.MaxPointShare * size || w > rules.MaxPointShare * size) return false;
        if (h < rules.MinPointShare * size && w < rules.MinPointShare * size) return false;
        if (Math.Max(w, h) > rules.MaxPointElongation * Math.Min(w, h)) return false;
        var slack = rules.BaselineSlack * size;
        return blob.Bottom >= baseline - slack && blob.Bottom <= baseline + slack;
    }

    public static int Height(InkBlobs.Blob blob) => blob.Bottom - blob.Top + 1;

    public static int Width(InkBlobs.Blob blob) => blob.Right - blob.Left + 1;
}
