using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>A small picture in line with the text or in a table cell; the document lists its PNG under <see cref="Image"/>.</summary>
internal sealed record PicturePiece(DocxImage Image, uint DrawingId, string Description, int WidthPixels, int HeightPixels) : IInline
{
    public Run ToRun() => InlinePicture.Run(Image.RelationshipId, DrawingId, $"Picture {DrawingId}", Description, WidthPixels, HeightPixels);
}
