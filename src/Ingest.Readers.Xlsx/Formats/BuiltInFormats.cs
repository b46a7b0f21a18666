namespace Ingest.Readers.Xlsx.Formats;

/// <summary>
/// The number formats Excel knows by id without writing them to styles.xml. The locale-dependent ones
/// (14, 22, the currency formats 5-8) are given as an en-GB installation of Excel shows them, since
/// the documents are UK councils'.
/// </summary>
internal static class BuiltInFormats
{
    private const string UkDate = "dd/mm/yyyy";

    private static readonly Dictionary<int, string> Codes = new()
    {
        [0] = "General",
        [1] = "0",
        [2] = "0.00",
        [3] = "#,##0",
        [4] = "#,##0.00",
        [5] = "\"£\"#,##0;\\-\"£\"#,##0",
        [6] = "\"£\"#,##0;[Red]\\-\"£\"#,##0",
        [7] = "\"£\"#,##0.00;\\-\"£\"#,##0.00",
        [8] = "\"£\"#,##0.00;[Red]\\-\"£\"#,##0.00",
        [9] = "0%",
        [10] = "0.00%",
        [11] = "0.00E+00",
        [12] = "# ?/?",
        [13] = "# ??/??",
        [14] = UkDate,
        [15] = "d-mmm-yy",
        [16] = "d-mmm",
        [17] = "mmm-yy",
        [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM",
        [20] = "h:mm",
        [21] = "h:mm:ss",
        [22] = "dd/mm/yyyy hh:mm",
        [37] = "#,##0 ;(#,##0)",
        [38] = "#,##0 ;[Red](#,##0)",
        [39] = "#,##0.00;(#,##0.00)",
        [40] = "#,##0.00;[Red](#,##0.00)",
        [41] = "_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-",
        [42] = "_-\"£\"* #,##0_-;\\-\"£\"* #,##0_-;_-\"£\"* \"-\"_-;_-@_-",
        [43] = "_-* #,##0.00_-;\\-* #,##0.00_-;_-* \"-\"??_-;_-@_-",
        [44] = "_-\"£\"* #,##0.00_-;\\-\"£\"* #,##0.00_-;_-\"£\"* \"-\"??_-;_-@_-",
        [45] = "mm:ss",
        [46] = "[h]:mm:ss",
        [47] = "mm:ss.0",
        [48] = "##0.0E+0",
        [49] = "@",
    };

    /// <summary>The format code of a built-in id. Ids 27-36 and 50-58 are East Asian date formats: shown as a UK date.</summary>
    public static string? Code(int id) =>
        Codes.TryGetValue(id, out var code) ? code
        : id is >= 27 and <= 36 or >= 50 and <= 58 ? UkDate
        : null;
}
