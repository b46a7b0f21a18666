namespace Ingest.Explorer.Sources;

/// <summary>A drawn page: the PNG file and its size, and the page's size in points (the row boxes' coordinates).</summary>
public sealed record PageImage(string Path, int WidthPixels, int HeightPixels, int Dpi)
{
    public double WidthPoints => WidthPixels * 72.0 / Dpi;

    public double HeightPoints => HeightPixels * 72.0 / Dpi;
}
