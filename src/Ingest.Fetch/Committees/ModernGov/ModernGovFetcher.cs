using System.Globalization;
using Ingest.Fetch.Content;
using Ingest.Fetch.Http;
using Ingest.Fetch.Selection;

namespace Ingest.Fetch.Committees.ModernGov;

/// <summary>
/// ModernGov's web service (<c>mgWebService.asmx</c>), which most English councils' committee sites have:
/// GetCommittees, GetMeetings for a committee and dates, GetMeeting for a meeting's agenda and documents.
/// </summary>
public sealed class ModernGovFetcher(Uri site, PoliteHttpClient http, FetchRules rules) : ICommitteeFetcher
{
    // Some installs refuse a range before their records begin; none hold papers from before 2000.
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public string System => "moderngov";

    public Uri Site { get; } = site;

    public async Task<IReadOnlyList<Committee>> GetCommitteesAsync(CancellationToken cancellationToken)
    {
        var payload = await CallAsync("GetCommittees", cancellationToken).ConfigureAwait(false);
        return ModernGovXml.Committees(payload);
    }

    public async Task<IReadOnlyList<Meeting>> GetMeetingsAsync(Committee committee, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var start = from < Earliest ? Earliest : from;
        var payload = await CallAsync(
            $"GetMeetings?lCommitteeId={Uri.EscapeDataString(committee.Id)}&sFromDate={ModernGovText.FilterDate(start)}&sToDate={ModernGovText.FilterDate(to)}",
            cancellationToken).ConfigureAwait(false);
        // The service's own date filter is ignored by some installs, so the range is applied here too;
        // a meeting without a readable date cannot be placed in it and is left out.
        return ModernGovXml.Meetings(payload, committee)
            .Where(m => m.Date is { } date && date >= from && date <= to)
            .Select(m => new Meeting(m.Id, committee, m.Date!.Value, m.Status))
            .OrderBy(m => m.Date)
            .ThenBy(m => int.TryParse(m.Id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .ToList();
    }

    public async Task<IReadOnlyList<MeetingDocument>> GetDocumentsAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var payload = await CallAsync($"GetMeeting?lMeetingId={Uri.EscapeDataString(meeting.Id)}", cancellationToken).ConfigureAwait(false);
        var documents = new List<MeetingDocument>();
        foreach (var (agendaItem, title, link, restricted, id) in ModernGovXml.Documents(payload))
        {
            var url = SiteUrl.Link(Site, link);
            if (url is null) continue;
            documents.Add(new MeetingDocument(meeting, agendaItem, title.Length > 0 ? title : agendaItem, url, restricted, id));
        }
        return documents;
    }

    private async Task<System.Xml.Linq.XElement> CallAsync(string call, CancellationToken cancellationToken)
    {
        var url = new Uri(Site, "mgWebService.asmx/" + call);
        var response = await http.GetAsync(url, validators: null, cancellationToken).ConfigureAwait(false);
        var body = ResponseCheck.Xml(response, rules);
        try
        {
            return ModernGovXml.Payload(body);
        }
        catch (InvalidDataException e)
        {
            throw new FetchException($"{call.Split('?')[0]}: {e.Message}", e);
        }
    }
}
