using Ingest.Fetch;
using Ingest.Fetch.Committees;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest fetch` progress as plain lines, one per meeting and one per document: a backfill runs for
/// an hour at one request a second, and lines survive a log file where a live bar would not.
/// </summary>
public sealed class FetchProgressLines : IFetchProgress
{
    public void Meeting(Meeting meeting, int documents, int selected)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var what = meeting.IsCancelled ? "[grey]cancelled[/]" : $"{documents} document(s), {selected} to fetch";
        AnsiConsole.MarkupLine($"[bold]{meeting.Date:yyyy-MM-dd}[/] {Markup.Escape(meeting.Committee.Title)} (meeting {Markup.Escape(meeting.Id)}): {what}");
    }

    public void Document(FetchOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var (word, colour) = Describe(outcome.Status);
        var file = outcome.File is null || outcome.Status != FetchStatus.Fetched ? "" : $" -> {outcome.File}";
        var line = $"  [{colour}]{word,-8}[/] {Markup.Escape(outcome.Subject)}{Markup.Escape(file)}" +
                   (outcome.Reason is null ? "" : $" [grey]({Markup.Escape(outcome.Reason)})[/]");
        AnsiConsole.MarkupLine(outcome.IsNotSelected ? $"[grey]{Markup.Remove(line)}[/]" : line);
    }

    public void Note(string line) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(line)}[/]");

    public static (string Word, string Colour) Describe(FetchStatus status) => status switch
    {
        FetchStatus.Fetched => ("fetched", "green"),
        FetchStatus.AlreadyFetched => ("already", "grey"),
        FetchStatus.Skipped => ("skipped", "grey"),
        FetchStatus.Blocked => ("BLOCKED", "red"),
        _ => ("FAILED", "red"),
    };
}
