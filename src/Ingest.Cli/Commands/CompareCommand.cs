using System.CommandLine;
using System.Globalization;
using Ingest.Cli.Output;
using Ingest.Core.Observations;
using Ingest.Core.Rules;
using Ingest.Dataset.Councils;
using Ingest.Explorer.Series;
using Ingest.Store;

namespace Ingest.Cli.Commands;

/// <summary>A councils x periods table of one indicator: each cell the current value and its RAG.</summary>
public sealed record CompareMatrix(IReadOnlyList<string> Periods, IReadOnlyList<(string Council, IReadOnlyList<string> Cells)> Rows);

/// <summary>
/// `ingest compare INDICATOR`: one indicator across councils and periods, from the current view (the latest
/// report's value per period), as a table or as tidy CSV.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var indicator = new Argument<string>("indicator") { Description = "catalogue key (see 'ingest indicators') or a printed name" };
        var councils = new Option<string?>("--councils") { Description = "comma-separated councils: keys, GSS codes or names (default: every council that reports it)" };
        var group = new Option<string?>("--group") { Description = "a comparison group from the councils rules, e.g. outer-london" };
        var period = new Option<string?>("--period") { Description = "one period label (Q1 2023/24), or a financial year (2023/24) for every period in it" };
        var db = CommonOptions.Database();
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv);
        var command = new Command("compare", "one indicator across councils and periods, with RAG")
        {
            indicator, councils, group, period, db, rules, format,
        };
        command.SetAction(parse =>
        {
            if (!CommonOptions.IsSqlite(parse.GetValue(db)!, "compare")) return ExitCodes.Usage;
            if (parse.GetValue(councils) is not null && parse.GetValue(group) is not null)
            {
                Console.Error.WriteLine("give --councils or --group, not both");
                return ExitCodes.Usage;
            }
            return DatasetCommand.Run(() =>
            {
                var key = IndicatorsCommand.ResolveKey(parse.GetValue(indicator)!, parse.GetValue(rules));
                // Each council as its key, whatever spelling was given ("Brent" and "brent" are one council).
                IReadOnlyCollection<string>? wanted = parse.GetValue(councils)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(c => CouncilArgument.Resolve(c, parse.GetValue(rules)).Key ?? c).ToList();
                if (parse.GetValue(group) is { } groupKey)
                {
                    var found = CouncilDirectory.Load(RulesDirectory.Locate(parse.GetValue(rules))).Group(groupKey);
                    if (found is null)
                    {
                        Console.Error.WriteLine($"no comparison group '{groupKey}' in the councils rules");
                        return ExitCodes.Usage;
                    }
                    wanted = found.Members;
                }
                var points = InPeriod(CurrentSeries.Read(parse.GetValue(db)!, key, wanted), parse.GetValue(period));
                if (points.Count == 0)
                {
                    Console.Error.WriteLine($"no values for '{key}'{(wanted is null ? "" : " for " + string.Join(", ", wanted))}");
                    return ExitCodes.SomeFailed;
                }
                if (parse.GetValue(format) == OutputFormat.Csv)
                {
                    WriteCsv(Console.Out, points);
                    return ExitCodes.Ok;
                }
                Console.Out.WriteLine($"{key}: {points[0].Indicator} ({points[0].Unit})");
                var matrix = Matrix(points);
                IndicatorsCommand.Print(["council", .. matrix.Periods], matrix.Rows.Select(r => (IReadOnlyList<string>)[r.Council, .. r.Cells]).ToList(), csv: false);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    public static CompareMatrix Matrix(IReadOnlyList<SeriesPoint> points)
    {
        var grid = CompareGrid.Of(points);
        return new CompareMatrix(grid.Periods, grid.Rows.Select(r => (r.Council, (IReadOnlyList<string>)r.Cells.Select(Cell).ToList())).ToList());
    }

    /// <summary>A period label, or every period inside a financial year given as <c>2023/24</c>.</summary>
    public static IReadOnlyList<SeriesPoint> InPeriod(IReadOnlyList<SeriesPoint> points, string? period) => SeriesSelection.InPeriod(points, period);

    public static void WriteCsv(TextWriter writer, IReadOnlyList<SeriesPoint> points)
    {
        writer.Write(CsvText.Line(["council", "council_code", "indicator_id", "period_label", "period_type", "period_start", "period_end",
            "actual", "target", "rag", "unit", "document", "revisions"]) + "\n");
        foreach (var p in points)
            writer.Write(CsvText.Line([p.Council, p.CouncilCode, p.IndicatorId, p.PeriodLabel, p.PeriodType,
                ObservationColumns.Date(p.PeriodStart), ObservationColumns.Date(p.PeriodEnd), Number(p.Actual), Number(p.Target),
                p.Rag, p.Unit, p.Document, p.Revisions.ToString(CultureInfo.InvariantCulture)]) + "\n");
    }

    private static string Cell(SeriesPoint? point)
    {
        if (point is null) return "";
        var value = point.Actual is { } a ? Number(a) + (point.Unit == "percent" ? "%" : "") : "–";
        return point.Rag.Length > 0 ? $"{value} {char.ToUpperInvariant(point.Rag[0])}" : value;
    }

    internal static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
