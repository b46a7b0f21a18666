using System.CommandLine;
using Ingest.Cli.Output;
using Ingest.Store;

namespace Ingest.Cli.Commands;

/// <summary>`ingest export`: the whole dataset as CSV or JSON lines.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Csv, OutputFormat.Csv, OutputFormat.Jsonl);
        var output = new Option<string?>("--out") { Description = "file to write (default: standard output)" };
        var command = new Command("export", "export every observation in the dataset's contract columns") { db, format, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output);
            var dbPath = parse.GetValue(db)!;
            if (CommonOptions.OpenDatabase(dbPath) is not { } database) return ExitCodes.Usage;
            if (database is SqliteDatabase && !File.Exists(dbPath))
            {
                Console.Error.WriteLine($"no database at {dbPath}; run 'ingest run' first");
                return ExitCodes.SomeFailed;
            }
            if (path is null)
            {
                ObservationWriter.Write(Console.Out, database.Export(), parse.GetValue(format));
                return ExitCodes.Ok;
            }
            // Write beside the target and move into place, so a failed export never leaves half a file.
            var temp = path + ".partial";
            using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)))
                ObservationWriter.Write(writer, database.Export(), parse.GetValue(format));
            File.Move(temp, path, overwrite: true);
            Console.Error.WriteLine($"wrote {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
