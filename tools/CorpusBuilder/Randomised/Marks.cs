using CorpusBuilder.Report;
using CorpusBuilder.Word;
using Ingest.Core.Observations;
using static CorpusBuilder.Contract.Vocabulary;

namespace CorpusBuilder.Randomised;

/// <summary>Which way an arrow points.</summary>
internal enum Arrow { Up, Down, Level }

/// <summary>
/// Draws RAG ratings and arrows in each of the randomiser's styles, handing out drawing ids and collecting the
/// pictures the document must embed. One per document.
/// </summary>
internal sealed class Marks
{
    private readonly List<DocxImage> _images = [];
    private readonly Dictionary<Arrow, DocxImage> _arrowPictures = [];
    private uint _nextDrawingId = 100;

    public IReadOnlyList<DocxImage> Images => _images;

    /// <summary>The arrow as a reader should report it (dot_raw): the character printed, or the one a drawn arrow depicts.</summary>
    public static string Raw(Arrow arrow, DotStyle style) => (style, arrow) switch
    {
        (DotStyle.Triangle, Arrow.Up) => "▲",
        (DotStyle.Triangle, Arrow.Down) => "▼",
        (DotStyle.Triangle, Arrow.Level) => "◄►",
        (DotStyle.Glyph, Arrow.Level) => "↔",
        (_, Arrow.Up) => "↑",
        (_, Arrow.Down) => "↓",
        // A drawn level arrow points right, as the scan reader names a horizontal arrow.
        _ => "→",
    };

    public IReadOnlyList<IInline> Draw(Arrow arrow, DotStyle style, double points = 9) => style switch
    {
        DotStyle.Glyph or DotStyle.Triangle => [new TextPiece(Raw(arrow, style))],
        DotStyle.Shape => [new ShapePiece(_nextDrawingId++, Preset(arrow), "404040", arrow == Arrow.Level ? points : points * 0.7, arrow == Arrow.Level ? points * 0.7 : points)],
        _ => [Picture(arrow)],
    };

    public GridCell Rag(Rag? rag, RagStyle style)
    {
        if (rag is not { } r) return GridCell.Text("-");
        return style switch
        {
            RagStyle.Word => GridCell.Text(r.ToString()),
            RagStyle.Letter => GridCell.Text(r.ToString()[..1]),
            RagStyle.Fill => GridCell.Empty(fill: Colour(r)),
            RagStyle.Bullet => GridCell.Text("●", colour: Colour(r)),
            _ => new GridCell([new ShapePiece(_nextDrawingId++, "ellipse", Colour(r), 8, 8)]),
        };
    }

    private static string Preset(Arrow arrow) => arrow switch
    {
        Arrow.Up => "upArrow",
        Arrow.Down => "downArrow",
        _ => "rightArrow",
    };

    private PicturePiece Picture(Arrow arrow)
    {
        if (!_arrowPictures.TryGetValue(arrow, out var image))
        {
            var n = _images.Count + 1;
            image = new DocxImage($"rIdArrow{n}", $"media/arrow{n}.png", ArrowPicture.Png(arrow));
            _images.Add(image);
            _arrowPictures[arrow] = image;
        }
        return new PicturePiece(image, _nextDrawingId++, $"{arrow} arrow", ArrowPicture.Size, ArrowPicture.Size);
    }
}
