using System.Globalization;
using System.Text;
using Ingest.Core.Observations;

namespace CorpusBuilder.Contract;

/// <summary>One flagship action as docs/dataset.md "Actions" defines it.</summary>
/// <param name="Status">completed, green, amber, red or blue.</param>
internal sealed record ExpectedAction(
    string Council,
    string Document,
    int Table,
    int Row,
    string PeriodLabel,
    string Section,
    string Text,
    string Status)
{
    public static readonly IReadOnlyList<string> Columns = ["council", "document", "table", "row", "period_label", "section", "text", "status"];

    public IReadOnlyList<string> Values =>
    [
        Council, Document, Table.ToString(CultureInfo.InvariantCulture), Row.ToString(CultureInfo.InvariantCulture),
        PeriodLabel, Section, Text, Status,
    ];
}

/// <summary>NAME.expected-actions.csv: the contract's action columns, '\n' line ends, UTF-8 without BOM.</summary>
internal static class ExpectedActionsCsv
{
    public static byte[] Write(IEnumerable<ExpectedAction> actions)
    {
        var sb = new StringBuilder(string.Join(",", ExpectedAction.Columns)).Append('\n');
        foreach (var a in actions) sb.Append(CsvText.Line(a.Values)).Append('\n');
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }
}
