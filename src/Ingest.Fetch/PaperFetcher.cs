using System.Security.Cryptography;
using Ingest.Fetch.Committees;
using Ingest.Fetch.Content;
using Ingest.Fetch.Http;
using Ingest.Fetch.Manifest;
using Ingest.Fetch.Selection;

namespace Ingest.Fetch;

/// <summary>
/// Fetches a committee's papers from any <see cref="ICommitteeFetcher"/>: reads each meeting's agenda,
/// chooses the documents that look like performance reporting, downloads each once, and records each in
/// the manifest. A document already in the manifest with its file intact is not fetched again; one whose
/// content matches a saved file is recorded against that file rather than saved twice. A document, a
/// meeting or a committee that fails does so alone, with its reason.
/// </summary>
public sealed class PaperFetcher(ICommitteeFetcher system, PoliteHttpClient http, FetchRules rules, IFetchProgress progress, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <exception cref="CommitteeNotFoundException">no committee of the site has that title</exception>
    public async Task<FetchReport> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Directory.CreateDirectory(request.OutputFolder);
        var manifest = new ManifestFile(request.OutputFolder);
        var known = new KnownDocuments(request.OutputFolder, manifest.Read());
        var outcomes = new List<FetchOutcome>();
        void Record(FetchOutcome outcome)
        {
            outcomes.Add(outcome);
            progress.Document(outcome);
        }

        IReadOnlyList<Committee> committees;
        try
        {
            committees = CommitteeMatch.Find(await system.GetCommitteesAsync(cancellationToken).ConfigureAwait(false), request.Committee);
        }
        catch (FetchException e)
        {
            Record(Problem("the list of committees", e));
            return new FetchReport([], 0, outcomes);
        }

        var meetingsRead = 0;
        foreach (var committee in committees)
        {
            IReadOnlyList<Meeting> meetings;
            try
            {
                meetings = await system.GetMeetingsAsync(committee, request.From, request.To, cancellationToken).ConfigureAwait(false);
            }
            catch (FetchException e)
            {
                Record(Problem($"the meetings of {committee.Title}", e));
                continue;
            }
            progress.Note($"{committee.Title}: {meetings.Count} meeting(s) from {request.From:yyyy-MM-dd} to {request.To:yyyy-MM-dd}");

            foreach (var meeting in meetings)
            {
                meetingsRead++;
                if (meeting.IsCancelled)
                {
                    progress.Meeting(meeting, 0, 0);
                    continue;
                }
                IReadOnlyList<MeetingDocument> documents;
                try
                {
                    documents = await system.GetDocumentsAsync(meeting, cancellationToken).ConfigureAwait(false);
                }
                catch (FetchException e)
                {
                    Record(Problem($"the agenda of {committee.Title} {meeting.Date:yyyy-MM-dd}", e));
                    continue;
                }
                var chosen = documents.Select(d => (Document: d, Phrase: request.All ? "--all" : rules.PerformancePhrase(d.Title, d.AgendaItem))).ToList();
                progress.Meeting(meeting, documents.Count, chosen.Count(c => c.Phrase is not null && !c.Document.IsRestricted));
                foreach (var (document, phrase) in chosen)
                    Record(await SettleAsync(document, phrase, request, manifest, known, cancellationToken).ConfigureAwait(false));
            }
        }
        return new FetchReport(committees.Select(c => c.Title).ToList(), meetingsRead, outcomes);
    }

    private async Task<FetchOutcome> SettleAsync(MeetingDocument document, string? phrase, FetchRequest request, ManifestFile manifest,
        KnownDocuments known, CancellationToken cancellationToken)
    {
        if (document.IsRestricted) return new(FetchStatus.Skipped, document.Title, "restricted (not for publication)", document);
        if (phrase is null) return new(FetchStatus.Skipped, document.Title, FetchOutcome.NotSelectedReason, document);
        if (!known.FirstThisRun(document.Url)) return new(FetchStatus.Skipped, document.Title, "listed again in this fetch: fetched once", document);

        var previous = known.ByUrl(document.Url);
        if (previous is not null && !request.Revalidate) return new(FetchStatus.AlreadyFetched, document.Title, "already fetched", document, previous.File);
        try
        {
            var validators = previous is null ? null : new Validators(previous.ETag, previous.LastModified);
            var response = await http.GetAsync(document.Url, validators is { IsEmpty: false } ? validators : null, cancellationToken).ConfigureAwait(false);
            if (response.IsNotModified && previous is not null)
                return new(FetchStatus.AlreadyFetched, document.Title, "not modified since the last fetch", document, previous.File);
            var sniffed = ResponseCheck.Document(response, rules);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(response.Body));
            if (previous is not null && previous.Sha256 == sha256)
                return new(FetchStatus.AlreadyFetched, document.Title, "unchanged (same SHA-256)", document, previous.File);

            var twin = known.ByHash(sha256);
            var file = twin?.File ?? Save(request.OutputFolder, DocumentFileName.For(document, sniffed.Extension), response.Body);
            var entry = new ManifestEntry(request.Council, system.System, document.Meeting.Committee.Title, document.Meeting.Date, document.Meeting.Id,
                document.AgendaItem, document.Title, document.Url.AbsoluteUri, file, sha256, sniffed.MediaType, response.Body.LongLength,
                response.ETag, response.LastModified, _time.GetUtcNow());
            manifest.Append(entry);
            known.Add(entry);
            return twin is not null
                ? new(FetchStatus.Skipped, document.Title, $"same content as {twin.File}: recorded, not saved twice", document, twin.File)
                : new(FetchStatus.Fetched, document.Title, $"{sniffed.Extension.TrimStart('.')}, {Size(response.Body.LongLength)}", document, file);
        }
        catch (FetchException e)
        {
            return Problem(document.Title, e) with { Document = document };
        }
        catch (IOException e)
        {
            return new(FetchStatus.Failed, document.Title, $"could not be saved: {e.Message}", document);
        }
    }

    private static FetchOutcome Problem(string subject, FetchException e) =>
        new(e.Blocked ? FetchStatus.Blocked : FetchStatus.Failed, subject, e.Message);

    // Written beside its final name and moved, so an interrupted fetch never leaves half a document
    // that a later `ingest run` would read.
    private static string Save(string folder, string name, byte[] body)
    {
        var target = Path.Combine(folder, name);
        var partial = target + ".partial";
        File.WriteAllBytes(partial, body);
        File.Move(partial, target, overwrite: true);
        return name;
    }

    private static string Size(long bytes) => bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes / (1024.0 * 1024):0.#} MB";
}
