using System.CommandLine;
using System.Text.Json;
using Ingest.Pipeline;
using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf;
using Ingest.Readers.Pdf.Layout.Finders;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest tables FILE`: every table of a document as it is, scorecard or not, in tabula's command-line
/// shape. PDFs honour --pages, --area and --mode; other formats give all their tables.
/// </summary>
public static class TablesCommand
{
    public enum TableFormat { Csv, Json }

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "document (PDF, Word, Excel or HTML)" };
        var pages = new Option<string?>("--pages") { Description = "PDF pages to read, e.g. 1,3-5 (default: all)" };
        var area = new Option<string?>("--area") { Description = "PDF area top,left,bottom,right in points from the page's top-left corner" };
        var mode = new Option<ExtractionMode>("--mode") { Description = "auto|lattice|stream", DefaultValueFactory = _ => ExtractionMode.Auto };
        mode.AcceptOnlyFromAmong("auto", "lattice", "stream");
        var format = new Option<TableFormat>("--format") { Description = "csv|json", DefaultValueFactory = _ => TableFormat.Csv };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--out") { Description = "write PREFIX.t1.csv, PREFIX.t2.csv ... instead of standard output" };
        var rules = CommonOptions.Rules();
        var command = new Command("tables", "extract every table of a document as CSV or JSON (any table, not only scorecards)")
        {
            file, pages, area, mode, format, output, rules,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            TableExtractionOptions options;
            try
            {
                options = new TableExtractionOptions(
                    parse.GetValue(pages) is { } p ? PageSelection.Parse(p) : null,
                    parse.GetValue(area) is { } a ? TableExtractionOptions.ParseArea(a) : null,
                    parse.GetValue(mode));
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            IReadOnlyList<Table> tables;
            try
            {
                tables = Read(path, options, parse.GetValue(rules));
            }
            catch (Exception e) when (e is DocumentException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{Path.GetFileName(path)}: {e.Message}");
                return ExitCodes.SomeFailed;
            }
            Write(tables, parse.GetValue(format), parse.GetValue(output));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<Table> Read(string path, TableExtractionOptions options, string? rules)
    {
        if (!File.Exists(path)) throw new IOException($"no such file: {path}");
        var reader = new IngestPipelineBuilder().UseRules(rules).BuildReaders().For(path) ?? throw new DocumentException($"no reader for '{Path.GetExtension(path)}' files");
        // The pipeline's own PDF reader, so that scanned pages are OCR'd and repaired as in `ingest run`.
        if (reader is PdfReader pdf)
            return PdfTables.Extract(pdf, path, options with { Layout = PdfLayoutRules.Load(RulesDirectory.Locate(rules)) });
        using var stream = File.OpenRead(path);
        return reader.Read(Readers.DocumentSources.FromFile(path), stream).Tables;
    }

    private static void Write(IReadOnlyList<Table> tables, TableFormat format, string? prefix)
    {
        var extension = format == TableFormat.Csv ? "csv" : "json";
        for (var i = 0; i < tables.Count; i++)
        {
            var text = format == TableFormat.Csv ? Csv(tables[i]) : Json(tables[i]);
            if (prefix is null)
            {
                if (i > 0) Console.Out.Write("\n");
                Console.Out.Write(text);
            }
            else
            {
                File.WriteAllText($"{prefix}.t{i + 1}.{extension}", text, new System.Text.UTF8Encoding(false));
            }
        }
        if (prefix is not null) Console.Error.WriteLine($"wrote {tables.Count} table(s) as {prefix}.t*.{extension}");
    }

    // A cell spanning columns puts its text in its first column, as tabula does.
    private static IEnumerable<string[]> Grid(Table table) =>
        Enumerable.Range(0, table.RowCount).Select(r =>
            Enumerable.Range(0, table.ColumnCount).Select(c => table.OriginAt(r, c)?.CleanText ?? "").ToArray());

    private static string Csv(Table table) => string.Concat(Grid(table).Select(row => CsvText.Line(row) + "\n"));

    private static string Json(Table table) => JsonSerializer.Serialize(new
    {
        index = table.Index,
        page = table.Page ?? table.Rows.SelectMany(r => r.Cells).Select(c => c.Page).FirstOrDefault(p => p is not null),
        rows = Grid(table),
    }) + "\n";
}
