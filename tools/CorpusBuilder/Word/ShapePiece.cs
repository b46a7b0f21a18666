using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using WPS = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace CorpusBuilder.Word;

/// <summary>
/// A small drawn shape in line with the text (a DrawingML preset such as an up arrow or an ellipse), the way
/// Word stores an inserted shape: a printed PDF carries it as vector paths, with no character behind it.
/// </summary>
/// <param name="DrawingId">Unique within the document (wp:docPr id).</param>
/// <param name="Preset">DrawingML preset geometry: upArrow, downArrow, rightArrow, ellipse, ...</param>
/// <param name="Fill">RRGGBB.</param>
/// <param name="WidthPoints">Width in points.</param>
/// <param name="HeightPoints">Height in points.</param>
internal sealed record ShapePiece(uint DrawingId, string Preset, string Fill, double WidthPoints, double HeightPoints) : IInline
{
    private const long EmuPerPoint = 12700;

    public Run ToRun()
    {
        long cx = (long)(WidthPoints * EmuPerPoint), cy = (long)(HeightPoints * EmuPerPoint);
        var shape = new WPS.WordprocessingShape(
            new WPS.NonVisualDrawingShapeProperties(),
            new WPS.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = Geometry(Preset) },
                new A.SolidFill(new A.RgbColorModelHex { Val = Fill }),
                new A.Outline(new A.NoFill())),
            new WPS.TextBodyProperties());
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = DrawingId, Name = $"Shape {DrawingId}" },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(shape) { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Run(new Drawing(inline));
    }

    private static A.ShapeTypeValues Geometry(string preset) => preset switch
    {
        "upArrow" => A.ShapeTypeValues.UpArrow,
        "downArrow" => A.ShapeTypeValues.DownArrow,
        "rightArrow" => A.ShapeTypeValues.RightArrow,
        "ellipse" => A.ShapeTypeValues.Ellipse,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "no such preset shape here"),
    };
}
