using Ingest.Pipeline;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>The end-of-run report: a line per document, the failures with their reasons, and totals.</summary>
public static class RunSummary
{
    public static void Print(IReadOnlyList<(ProcessedDocument Document, string? LoadError)> outcomes, TimeSpan elapsed)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("documents");
        table.AddColumn("document");
        table.AddColumn("council");
        table.AddColumn("status");
        table.AddColumn("read with");
        table.AddColumn(new TableColumn("tables").RightAligned());
        table.AddColumn(new TableColumn("scorecards").RightAligned());
        table.AddColumn(new TableColumn("observations").RightAligned());
        table.AddColumn(new TableColumn("ms").RightAligned());
        foreach (var (document, loadError) in outcomes)
        {
            var result = document.Result;
            var error = document.Error ?? loadError;
            var ms = (document.Timings.Read + document.Timings.Extract).TotalMilliseconds;
            table.AddRow(
                Markup.Escape(Path.GetFileName(document.Path)),
                Markup.Escape(result?.Council ?? "-"),
                document.Skipped ? "[grey]unchanged[/]" : error is null ? "[green]ok[/]" : $"[red]failed[/]: {Markup.Escape(error)}",
                Markup.Escape(document.ReadWith ?? "-"),
                result?.TableCount.ToString() ?? "-",
                result?.Tables.Count(t => t.IsScorecard).ToString() ?? "-",
                result?.Observations.Count.ToString() ?? "-",
                ms.ToString("0"));
        }
        AnsiConsole.Write(table);

        var ok = outcomes.Count(o => o.Document.Succeeded && o.LoadError is null);
        var unchanged = outcomes.Count(o => o.Document.Skipped);
        var failed = outcomes.Count - ok - unchanged;
        var totals = new Table().Border(TableBorder.Rounded).Title("summary");
        totals.AddColumn("documents ok");
        totals.AddColumn("unchanged (skipped)");
        totals.AddColumn("documents failed");
        totals.AddColumn("tables");
        totals.AddColumn("observations");
        totals.AddColumn("time");
        totals.AddRow(
            ok.ToString(),
            unchanged.ToString(),
            failed == 0 ? "0" : $"[red]{failed}[/]",
            outcomes.Sum(o => o.Document.Result?.TableCount ?? 0).ToString(),
            outcomes.Where(o => o.LoadError is null).Sum(o => o.Document.Result?.Observations.Count ?? 0).ToString(),
            $"{elapsed.TotalSeconds:0.0} s");
        AnsiConsole.Write(totals);

        // Failures again as plain lines, so they survive a log file or a grep.
        foreach (var (document, loadError) in outcomes.Where(o => !o.Document.Succeeded && !o.Document.Skipped || o.LoadError is not null))
            Console.Error.WriteLine($"FAILED {document.Path}: {document.Error ?? loadError}");
    }
}
