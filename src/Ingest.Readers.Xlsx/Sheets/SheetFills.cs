namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>Which fills count as content when finding a sheet's used range.</summary>
internal static class SheetFills
{
    public static bool IsVisible(string? fill) => fill is not null && fill != Styles.HexColour.White;
}
