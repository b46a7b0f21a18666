using Ingest.Fetch;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>The end of `ingest fetch`: counts by outcome, then every document that was not simply passed over, with its reason.</summary>
public static class FetchSummary
{
    public static void Print(FetchReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        var listed = report.Outcomes.Where(o => !o.IsNotSelected).ToList();
        if (listed.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("documents");
            table.AddColumn("meeting");
            table.AddColumn("document");
            table.AddColumn("outcome");
            table.AddColumn("file or reason");
            foreach (var outcome in listed)
            {
                var (word, colour) = FetchProgressLines.Describe(outcome.Status);
                var detail = outcome.Status == FetchStatus.Fetched ? $"{outcome.File} ({outcome.Reason})" : outcome.Reason ?? "";
                table.AddRow(
                    outcome.Document is { } d ? $"{d.Meeting.Date:yyyy-MM-dd}" : "-",
                    Markup.Escape(outcome.Subject),
                    $"[{colour}]{word}[/]",
                    Markup.Escape(detail));
            }
            AnsiConsole.Write(table);
        }

        var totals = new Table().Border(TableBorder.Rounded).Title("summary");
        foreach (var column in new[] { "committees", "meetings", "fetched", "already fetched", "skipped", "not performance", "blocked", "failed" })
            totals.AddColumn(column);
        var blocked = report.Count(FetchStatus.Blocked);
        var failed = report.Count(FetchStatus.Failed);
        totals.AddRow(
            Markup.Escape(string.Join("; ", report.Committees)),
            report.Meetings.ToString(System.Globalization.CultureInfo.InvariantCulture),
            report.Count(FetchStatus.Fetched).ToString(System.Globalization.CultureInfo.InvariantCulture),
            report.Count(FetchStatus.AlreadyFetched).ToString(System.Globalization.CultureInfo.InvariantCulture),
            report.Outcomes.Count(o => o.Status == FetchStatus.Skipped && !o.IsNotSelected).ToString(System.Globalization.CultureInfo.InvariantCulture),
            report.Outcomes.Count(o => o.IsNotSelected).ToString(System.Globalization.CultureInfo.InvariantCulture),
            blocked == 0 ? "0" : $"[red]{blocked}[/]",
            failed == 0 ? "0" : $"[red]{failed}[/]");
        AnsiConsole.Write(totals);
        AnsiConsole.MarkupLine($"documents and manifest.csv in {Markup.Escape(Path.GetFullPath(folder))}");

        // Problems again as plain lines, so they survive a log file or a grep.
        foreach (var outcome in report.Outcomes.Where(o => o.Status is FetchStatus.Blocked or FetchStatus.Failed))
            Console.Error.WriteLine($"{(outcome.Status == FetchStatus.Blocked ? "BLOCKED" : "FAILED")} {outcome.Subject}: {outcome.Reason}");
    }
}
