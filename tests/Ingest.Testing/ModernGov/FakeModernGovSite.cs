using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ingest.Testing.ModernGov;

/// <summary>
/// A ModernGov site on 127.0.0.1 in the test process, serving replies shaped like the real ones and
/// misbehaving on purpose per document. It records every request, so tests can say what was asked for
/// and how often, and the most requests it ever had in flight at once.
/// </summary>
public sealed class FakeModernGovSite : IDisposable
{
    private const string ChallengePage =
        "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id=\"cf-chl-widget\">Checking your browser before accessing the site.</div></body></html>";
    private const string ErrorPage =
        "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' Application.</h1></body></html>";

    private readonly HttpListener _listener;
    private readonly IReadOnlyList<FakeMeeting> _meetings;
    private readonly Dictionary<int, FakeDocument> _documents;
    private readonly ConcurrentDictionary<int, int> _hits = new();
    private readonly ConcurrentQueue<(string Path, string? UserAgent)> _requests = new();
    private readonly Task _loop;
    private int _inFlight;
    private int _maxInFlight;

    public FakeModernGovSite(params FakeMeeting[] meetings)
    {
        _meetings = meetings;
        _documents = meetings.SelectMany(m => m.Items).SelectMany(i => i.Documents).DistinctBy(d => d.Id).ToDictionary(d => d.Id);
        (_listener, BaseUrl) = Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Answer GetCommittees in its SOAP envelope.</summary>
    public bool SoapCommittees { get; init; }

    /// <summary>Answer GetMeeting for this meeting with a challenge page.</summary>
    public int? ChallengeMeeting { get; init; }

    public IReadOnlyList<string> Requests => _requests.Select(r => r.Path).ToList();

    public IReadOnlyList<string?> UserAgents => _requests.Select(r => r.UserAgent).ToList();

    public int MaxInFlight => _maxInFlight;

    public int DocumentRequests(int id) => Requests.Count(r => r.Equals($"/mgConvert2PDF.aspx?ID={id}", StringComparison.OrdinalIgnoreCase));

    public int AllDocumentRequests => Requests.Count(r => r.StartsWith("/mgConvert2PDF.aspx", StringComparison.OrdinalIgnoreCase));

    private static (HttpListener, string) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            var prefix = $"http://127.0.0.1:{port}/";
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return (listener, prefix);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken between the probe and the start: another one
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while ((seen = _maxInFlight) < now && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen) { }
        var response = context.Response;
        try
        {
            _requests.Enqueue((context.Request.Url!.PathAndQuery, context.Request.UserAgent));
            var path = context.Request.Url.AbsolutePath;
            var query = context.Request.QueryString;
            if (path.EndsWith("/GetCommittees", StringComparison.OrdinalIgnoreCase))
                await WriteAsync(response, 200, "text/xml; charset=utf-8", FakeSiteContent.Committees(SoapCommittees));
            else if (path.EndsWith("/GetMeetings", StringComparison.OrdinalIgnoreCase))
                await WriteAsync(response, 200, "text/xml; charset=utf-8", FakeSiteContent.Meetings(query["lCommitteeId"] == "144" ? _meetings : []));
            else if (path.EndsWith("/GetMeeting", StringComparison.OrdinalIgnoreCase)
                     && _meetings.FirstOrDefault(m => m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == query["lMeetingId"]) is { } meeting)
            {
                if (meeting.Id == ChallengeMeeting) await WriteAsync(response, 200, "text/html", ChallengePage);
                else await WriteAsync(response, 200, "text/xml; charset=utf-8", FakeSiteContent.Meeting(meeting, BaseUrl));
            }
            else if (path.EndsWith("/mgConvert2PDF.aspx", StringComparison.OrdinalIgnoreCase)
                     && int.TryParse(query["ID"], System.Globalization.CultureInfo.InvariantCulture, out var id) && _documents.TryGetValue(id, out var document))
                await DocumentAsync(context, document, _hits.AddOrUpdate(id, 1, (_, n) => n + 1));
            else
                await WriteAsync(response, 404, "text/html", "<html><head><title>Not found</title></head></html>");
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (a timeout) or the test ended: nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task DocumentAsync(HttpListenerContext context, FakeDocument document, int hit)
    {
        var response = context.Response;
        switch (document.Misbehaviour)
        {
            case Misbehaviour.ServiceUnavailable when hit <= document.Times:
            case Misbehaviour.AlwaysDown:
                await WriteAsync(response, 503, "text/html", "<html><head><title>Service Unavailable</title></head></html>");
                return;
            case Misbehaviour.DropConnection when hit <= document.Times:
                // Half the promised body, then the connection is gone: a reset mid-download.
                response.StatusCode = 200;
                response.ContentType = "application/octet-stream";
                response.ContentLength64 = document.Body.Length;
                await response.OutputStream.WriteAsync(document.Body.AsMemory(0, document.Body.Length / 2));
                await response.OutputStream.FlushAsync();
                response.Abort();
                return;
            case Misbehaviour.Slow when hit == 1:
                await Task.Delay(TimeSpan.FromSeconds(2));
                break;
            case Misbehaviour.Challenge:
                await WriteAsync(response, 200, "text/html", ChallengePage);
                return;
            case Misbehaviour.HtmlError:
                await WriteAsync(response, 200, "text/html", ErrorPage);
                return;
            case Misbehaviour.RedirectLoop:
                response.StatusCode = 302;
                response.RedirectLocation = $"{BaseUrl}mgConvert2PDF.aspx?ID={document.Id}";
                response.Close();
                return;
            case Misbehaviour.Restricted:
                await WriteAsync(response, 403, "text/html", "<html><head><title>Forbidden</title></head></html>");
                return;
        }
        response.Headers["ETag"] = $"\"doc-{document.Id}\"";
        await WriteAsync(response, 200, "application/octet-stream", document.Body);
    }

    private static Task WriteAsync(HttpListenerResponse response, int status, string contentType, string body) =>
        WriteAsync(response, status, contentType, Encoding.UTF8.GetBytes(body));

    private static async Task WriteAsync(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); }
        catch (AggregateException) { }
    }
}
