using System.CommandLine;
using System.Globalization;
using Ingest.Cli.Output;
using Ingest.Core.Observations;
using Ingest.Store;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest review`: the observations the extractor was not sure of (OCR'd, repaired or picked from
/// several numbers), with the text they were read from and where it is, so a person can check them
/// rather than them being silently accepted.
/// </summary>
public static class ReviewCommand
{
    public const double DefaultThreshold = 0.9;

    /// <summary>The columns printed, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "confidence", "council", "document", "page", "table", "row", "indicator", "period_label",
        "target_raw", "actual_raw", "rag", "dot_raw", "box",
    ];

    public static Command Create()
    {
        var db = CommonOptions.Database();
        var below = new Option<double>("--below")
        {
            Description = "list observations whose confidence is below this (0-1)",
            DefaultValueFactory = _ => DefaultThreshold,
        };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv);
        var command = new Command("review", "observations with low confidence, with their raw text and where they were read") { db, below, format };
        command.SetAction(parse =>
        {
            if (!CommonOptions.IsSqlite(parse.GetValue(db)!, "review")) return ExitCodes.Usage;
            var threshold = parse.GetValue(below);
            if (threshold is < 0 or > 1)
            {
                Console.Error.WriteLine("--below must be between 0 and 1");
                return ExitCodes.Usage;
            }
            QueryResult result;
            try
            {
                result = ReadOnlyQuery.Run(parse.GetValue(db)!, Sql(threshold));
            }
            catch (Exception e) when (e is FileNotFoundException or QueryException or InvalidOperationException)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.SomeFailed;
            }
            var rows = result.Rows.Select(Row).ToList();
            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                Console.Out.Write(CsvText.Line(Columns) + "\n");
                foreach (var row in rows) Console.Out.Write(CsvText.Line(row) + "\n");
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in Columns) table.AddColumn(Markup.Escape(column));
            foreach (var row in rows) table.AddRow(row.Select(v => Markup.Escape(v)).ToArray());
            AnsiConsole.Write(table);
            Console.Out.WriteLine($"{rows.Count} observation(s) below confidence {threshold.ToString(CultureInfo.InvariantCulture)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Least sure first, then in document order.</summary>
    internal static string Sql(double threshold) => $"""
        SELECT confidence, council, document, page, "table", "row", indicator, period_label,
               target_raw, actual_raw, rag, dot_raw, row_box_left, row_box_top, row_box_right, row_box_bottom
        FROM observation
        WHERE confidence < {threshold.ToString("R", CultureInfo.InvariantCulture)}
        ORDER BY confidence, document, "table", "row", period_start
        """;

    private static IReadOnlyList<string> Row(IReadOnlyList<string?> values)
    {
        var cells = values.Take(12).Select(v => v ?? "").ToList();
        cells[0] = double.TryParse(cells[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var c)
            ? c.ToString("0.00", CultureInfo.InvariantCulture)
            : cells[0];
        // The row's box on its page, in points from the top-left, as `ingest tables --area` takes it.
        var box = values.Skip(12).ToList();
        cells.Add(box.All(v => v is not null)
            ? string.Join(",", box.Select(v => double.Parse(v!, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("0", CultureInfo.InvariantCulture)))
            : "");
        return cells;
    }
}
