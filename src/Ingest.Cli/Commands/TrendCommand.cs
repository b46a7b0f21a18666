using System.CommandLine;
using Ingest.Cli.Output;
using Ingest.Explorer.Charts;
using Ingest.Explorer.Series;
using Ingest.Store;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest trend INDICATOR --council C`: one council's series of an indicator (latest report per period), a
/// terminal sparkline, and with `--chart FILE.svg` a line chart.
/// </summary>
public static class TrendCommand
{
    public static Command Create()
    {
        var indicator = new Argument<string>("indicator") { Description = "catalogue key (see 'ingest indicators') or a printed name" };
        var periodType = new Option<string?>("--period-type")
        {
            Description = "quarter, month, year, ... (default: the type with the most values; one series mixes no types)",
        };
        var chart = new Option<string?>("--chart") { Description = "also write an SVG line chart to this file" };
        var db = CommonOptions.Database();
        var rules = CommonOptions.Rules();
        var council = CommonOptions.Council(rules, required: true, purpose: "whose series");
        var command = new Command("trend", "one council's series of an indicator, with a sparkline and an optional SVG chart")
        {
            indicator, council, periodType, chart, db, rules,
        };
        command.SetAction(parse =>
        {
            if (!CommonOptions.IsSqlite(parse.GetValue(db)!, "trend")) return ExitCodes.Usage;
            return DatasetCommand.Run(() =>
            {
                var key = IndicatorsCommand.ResolveKey(parse.GetValue(indicator)!, parse.GetValue(rules));
                var councilKey = CouncilArgument.Resolve(parse.GetValue(council)!, parse.GetValue(rules)).Key ?? parse.GetValue(council)!;
                var all = CurrentSeries.Read(parse.GetValue(db)!, key, [councilKey]);
                var series = Series(all, parse.GetValue(periodType));
                if (series.Count == 0)
                {
                    Console.Error.WriteLine($"no values for '{key}' in {councilKey}");
                    return ExitCodes.SomeFailed;
                }
                Console.Out.WriteLine($"{key}: {series[0].Indicator} — {series[0].Council} ({series[0].CouncilCode}), {series[0].PeriodType}, {series[0].Unit}");
                IndicatorsCommand.Print(["period", "actual", "target", "rag", "dot", "document", "revisions"],
                    series.Select(p => (IReadOnlyList<string>)[p.PeriodLabel, CompareCommand.Number(p.Actual), CompareCommand.Number(p.Target), p.Rag,
                        p.Dot, p.Document, p.Revisions.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToList(), csv: false);
                var actuals = series.Select(p => p.Actual).ToList();
                var present = actuals.Where(a => a.HasValue).Select(a => a!.Value).ToList();
                Console.Out.WriteLine(present.Count == 0
                    ? "no numeric values"
                    : $"{Sparkline.Of(actuals)}  {series[0].PeriodLabel} .. {series[^1].PeriodLabel}  min {CompareCommand.Number(present.Min())}  max {CompareCommand.Number(present.Max())}");
                var others = all.Count - series.Count;
                if (others > 0)
                    Console.Out.WriteLine($"{others} value(s) of other period types not shown; see --period-type");
                if (parse.GetValue(chart) is { } chartPath)
                {
                    var svg = new SvgChart().Write($"{series[0].Indicator} — {series[0].Council}", series[0].Unit,
                        series.Select(p => new ChartPoint(p.PeriodLabel, p.Actual, p.Target, p.Rag, Revised: p.Revisions > 1)).ToList());
                    File.WriteAllText(chartPath, svg);
                    Console.Out.WriteLine($"chart written to {chartPath}");
                }
                return ExitCodes.Ok;
            }, writesFiles: true);
        });
        return command;
    }

    /// <summary>The points of one period type, in time order: the given type, or the most common one.</summary>
    public static IReadOnlyList<SeriesPoint> Series(IReadOnlyList<SeriesPoint> points, string? periodType) =>
        SeriesSelection.OnePeriodType(points, periodType);
}
