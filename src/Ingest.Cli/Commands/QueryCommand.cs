using System.CommandLine;
using Ingest.Cli.Output;
using Ingest.Core.Observations;
using Ingest.Store;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>`ingest query "SQL"`: read-only SQL over the dataset.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var sql = new Argument<string>("sql") { Description = "SQL to run (the database is opened read-only)" };
        var db = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv);
        var command = new Command("query", "run a read-only SQL query on the dataset") { sql, db, format };
        command.SetAction(parse =>
        {
            QueryResult result;
            if (CommonOptions.OpenDatabase(parse.GetValue(db)!) is not { } database) return ExitCodes.Usage;
            try
            {
                result = database.Query(parse.GetValue(sql)!);
            }
            catch (Exception e) when (e is FileNotFoundException or QueryException or InvalidOperationException or System.Data.Common.DbException)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.SomeFailed;
            }
            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                Console.Out.Write(CsvText.Line(result.Columns) + "\n");
                foreach (var row in result.Rows) Console.Out.Write(CsvText.Line(row.Select(v => v ?? "")) + "\n");
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in result.Columns) table.AddColumn(Markup.Escape(column));
            foreach (var row in result.Rows) table.AddRow(row.Select(v => Markup.Escape(v ?? "")).ToArray());
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
