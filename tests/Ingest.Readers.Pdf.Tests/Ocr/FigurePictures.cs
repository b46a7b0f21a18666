using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>Figures cut from scans (<c>Ocr/Figures/*.pgm</c>), as the picture and the grey page the OCR steps read.</summary>
internal static class FigurePictures
{
    public static (RasterImage Image, byte[] Grey) Load(string name)
    {
        RasterImage image;
        using (var stream = File.OpenRead(Path.Combine(RepositoryPaths.Root, "tests", "Ingest.Readers.Pdf.Tests", "Ocr", "Figures", name + ".pgm")))
            image = RasterImage.ReadPnm(stream);
        var grey = new byte[image.Width * image.Height];
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++) grey[y * image.Width + x] = (byte)image.Luma(x, y);
        return (image, grey);
    }
}
