using System.Text.Json;
using Ingest.Core.Observations;
using Spectre.Console;

namespace Ingest.Cli.Output;

public enum OutputFormat { Csv, Jsonl, Table }

/// <summary>Writes dataset rows (contract columns, as strings) in the user's chosen format.</summary>
public static class ObservationWriter
{
    private static readonly HashSet<string> NumericColumns = ["page", "table", "row", "target", "actual", "confidence"];

    // The readable table shows the columns a person scans first; csv/jsonl carry the whole contract.
    private static readonly string[] TableColumns =
        ["section", "indicator", "period_label", "target_raw", "actual_raw", "rag", "dot", "unit", "owner"];

    public static void Write(TextWriter writer, IEnumerable<IReadOnlyList<string>> rows, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                writer.Write(CsvText.Line(ObservationColumns.Names) + "\n");
                foreach (var row in rows) writer.Write(CsvText.Line(row) + "\n");
                break;
            case OutputFormat.Jsonl:
                foreach (var row in rows) writer.Write(JsonLine(row) + "\n");
                break;
            default:
                WriteTable(rows);
                break;
        }
        writer.Flush();
    }

    public static string JsonLine(IReadOnlyList<string> row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            for (var i = 0; i < ObservationColumns.Names.Count; i++)
            {
                var name = ObservationColumns.Names[i];
                var value = row[i];
                if (value.Length == 0) json.WriteNull(name);
                else if (NumericColumns.Contains(name) && decimal.TryParse(value, System.Globalization.NumberStyles.Float,
                             System.Globalization.CultureInfo.InvariantCulture, out var number)) json.WriteNumber(name, number);
                else json.WriteString(name, value);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTable(IEnumerable<IReadOnlyList<string>> rows)
    {
        var indexes = TableColumns.Select(c => ObservationColumns.Names.ToList().IndexOf(c)).ToArray();
        var table = new Spectre.Console.Table().Border(TableBorder.Simple);
        foreach (var name in TableColumns) table.AddColumn(name);
        foreach (var row in rows)
            table.AddRow(indexes.Select(i => Markup.Escape(Shorten(row[i]))).ToArray());
        AnsiConsole.Write(table);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
