namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>A1-style references, 0-based, within Excel's grid (1,048,576 rows by 16,384 columns).</summary>
internal static class CellAddress
{
    public const int MaxRows = 1_048_576;
    public const int MaxColumns = 16_384;

    /// <summary>Parses "B3" or "$B$3" to (2, 1); a reference without a row ("B") or column ("3") fails.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int row, out int column)
    {
        row = column = -1;
        var i = 0;
        if (i < reference.Length && reference[i] == '$') i++;
        var letters = 0;
        var col = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            col = col * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (++letters > 3) return false;
            i++;
        }
        if (i < reference.Length && reference[i] == '$') i++;
        var digits = 0;
        var r = 0;
        while (i < reference.Length && char.IsAsciiDigit(reference[i]))
        {
            r = r * 10 + (reference[i] - '0');
            if (++digits > 7) return false;
            i++;
        }
        if (i != reference.Length || letters == 0 || digits == 0 || r < 1 || r > MaxRows || col > MaxColumns) return false;
        row = r - 1;
        column = col - 1;
        return true;
    }
}
