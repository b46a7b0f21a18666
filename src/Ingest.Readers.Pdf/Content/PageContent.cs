using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// What one page draws, in page coordinates: points, origin at the top-left corner of the page as it is
/// displayed (the page's /Rotate already applied), y growing downwards.
/// </summary>
/// <param name="Number">1-based page number in the document.</param>
/// <param name="Rotation">
/// How far (0, 90, 180 or 270 degrees, clockwise) most of the page's text is turned: a landscape table
/// printed sideways on a portrait page reads 90 or 270. Tables are found after turning it upright.
/// </param>
/// <param name="ImageCount">Images drawn on the page: a page with images and no glyphs is a scan.</param>
public sealed record PageContent(
    int Number,
    double Width,
    double Height,
    int Rotation,
    IReadOnlyList<Glyph> Glyphs,
    IReadOnlyList<Rule> Rules,
    IReadOnlyList<FilledRect> Fills,
    int ImageCount)
{
    public BoundingBox Bounds => new(0, 0, Width, Height);
}

/// <summary>One drawn character.</summary>
/// <param name="Text">Its Unicode text: usually one character, several for a ligature.</param>
/// <param name="X">Origin on the baseline, page coordinates.</param>
/// <param name="Y">Origin on the baseline, page coordinates.</param>
/// <param name="Advance">Distance to the next glyph's origin along the baseline, in points.</param>
/// <param name="Size">Font size in points as drawn (after every transformation).</param>
/// <param name="Font">Font name without the subset prefix ("ABCDEF+").</param>
/// <param name="Colour">Fill colour as RRGGBB; null when black or not a plain colour.</param>
/// <param name="Angle">Direction of the baseline in degrees clockwise from left-to-right, 0 to 360.</param>
/// <param name="Visible">False for invisible text (render mode 3, alpha 0): an OCR layer or hidden spaces.</param>
public sealed record Glyph(
    string Text,
    double X,
    double Y,
    double Advance,
    double Size,
    string Font,
    bool Bold,
    string? Colour,
    double Angle,
    bool Visible = true);

/// <summary>A straight ruling line: a stroked segment, or the centre line of a thin filled rectangle.</summary>
public sealed record Rule(double X1, double Y1, double X2, double Y2, double Width, string? Colour)
{
    public bool IsHorizontal => Math.Abs(Y2 - Y1) <= Math.Max(0.5, Math.Abs(X2 - X1) * 0.02) && Math.Abs(X2 - X1) > 0;
    public bool IsVertical => Math.Abs(X2 - X1) <= Math.Max(0.5, Math.Abs(Y2 - Y1) * 0.02) && Math.Abs(Y2 - Y1) > 0;
    public double Length => Math.Sqrt((X2 - X1) * (X2 - X1) + (Y2 - Y1) * (Y2 - Y1));
}

/// <summary>A filled axis-aligned rectangle (cell shading, a coloured box), in drawing order.</summary>
/// <param name="Colour">RRGGBB, or null when the fill is not a plain colour (pattern, shading).</param>
public sealed record FilledRect(BoundingBox Box, string? Colour, int Order);
