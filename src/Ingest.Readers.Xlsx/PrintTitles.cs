using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ingest.Readers.Xlsx.Package;

namespace Ingest.Readers.Xlsx;

/// <summary>
/// Rows set to repeat at the top of every printed page (the _xlnm.Print_Titles defined name): Excel's
/// counterpart of Word's "repeat as header row", so they become declared header rows.
/// </summary>
internal static partial class PrintTitles
{
    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    /// <summary>0-based header rows per sheet, keyed by the sheet's 0-based position in the workbook.</summary>
    public static IReadOnlyDictionary<int, IReadOnlySet<int>> From(XElement workbook)
    {
        var result = new Dictionary<int, IReadOnlySet<int>>();
        foreach (var name in workbook.Child("definedNames").Children("definedName"))
        {
            if (name.Attr("name") != "_xlnm.Print_Titles" || Sml.Int(name.Attr("localSheetId")) is not { } sheet) continue;
            var rows = new HashSet<int>();
            foreach (Match match in RowRange().Matches(name.Value))
            {
                var first = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var last = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                // A title band is a few rows; a huge range is a damaged name, not a header.
                for (var row = first; row <= Math.Min(last, first + 50); row++) rows.Add(row - 1);
            }
            if (rows.Count > 0) result[sheet] = rows;
        }
        return result;
    }

    public static IReadOnlySet<int> For(IReadOnlyDictionary<int, IReadOnlySet<int>> titles, int sheet) =>
        titles.TryGetValue(sheet, out var rows) ? rows : None;

    /// <summary>A whole-row reference such as Sheet1!$3:$4 ('$' optional), ending the name or one of its comma-separated parts.</summary>
    [GeneratedRegex(@"!\$?(\d{1,7}):\$?(\d{1,7})(?=,|$)")]
    private static partial Regex RowRange();
}
