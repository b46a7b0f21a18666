using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace CorpusBuilder.Word;

/// <summary>A picture in line with the text, the way Word stores one pasted from a chart (wp:inline, pic:pic).</summary>
internal static class InlinePicture
{
    private const long EmuPerPixel = 9525; // at 96 dpi

    public static Paragraph Paragraph(string relationshipId, uint drawingId, string name, string description, int widthPixels, int heightPixels) =>
        new(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Run(relationshipId, drawingId, name, description, widthPixels, heightPixels));

    /// <summary>The picture as one run, to sit in a line of text or a table cell.</summary>
    public static Run Run(string relationshipId, uint drawingId, string name, string description, int widthPixels, int heightPixels)
    {
        long cx = widthPixels * EmuPerPixel, cy = heightPixels * EmuPerPixel;
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = drawingId, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Run(new Drawing(inline));
    }
}
