using System.CommandLine;
using System.Globalization;
using Ingest.Core.Rules;
using Ingest.Fetch;
using Ingest.Fetch.Committees;
using Ingest.Fetch.Committees.ModernGov;
using Ingest.Fetch.Http;
using Ingest.Fetch.Selection;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest fetch moderngov URL --committee NAME --from --to --out DIR`: downloads a committee's
/// performance papers from its council's committee site into a folder, with a manifest, for `ingest run`.
/// One subcommand per committee system; each composes its <see cref="ICommitteeFetcher"/> with the shared
/// <see cref="PaperFetcher"/>.
/// </summary>
public static class FetchCommand
{
    public const string ContactVariable = "INGEST_CONTACT";

    public static Command Create() => new("fetch", "download committee papers from a council's committee site, with a manifest")
    {
        ModernGov(),
    };

    private static Command ModernGov()
    {
        var site = new Argument<string>("url") { Description = "the committee site, e.g. https://democracy.example.gov.uk" };
        var committee = new Option<string>("--committee") { Description = "the committee's title (else every committee whose title contains it)", Required = true };
        var from = new Option<string?>("--from") { Description = "first meeting date, yyyy-mm-dd (default: 2000-01-01)" };
        var to = new Option<string?>("--to") { Description = "last meeting date, yyyy-mm-dd (default: today)" };
        var output = new Option<string>("--out") { Description = "folder for the documents and manifest.csv", Required = true };
        var all = new Option<bool>("--all") { Description = "every document, not only those that look like performance reporting" };
        var contact = new Option<string?>("--contact")
        {
            Description = $"an e-mail address or URL for the site's administrators, sent in the User-Agent (default: ${ContactVariable})",
        };
        var council = new Option<string?>("--council") { Description = "the council's name in the manifest (default: from the site's host name)" };
        var interval = new Option<double>("--interval") { Description = "seconds between requests to one host", DefaultValueFactory = _ => 1.0 };
        var timeout = new Option<double>("--timeout") { Description = "seconds one request may take", DefaultValueFactory = _ => 60.0 };
        var retries = new Option<int>("--retries") { Description = "retries of a request that timed out, failed with 5xx or lost its connection", DefaultValueFactory = _ => 4 };
        var retryDelay = new Option<double>("--retry-delay") { Description = "seconds before the first retry (later ones back off, with jitter)", DefaultValueFactory = _ => 2.0 };
        var revalidate = new Option<bool>("--revalidate")
        {
            Description = "ask the server whether documents fetched before have changed (ETag/Last-Modified) instead of trusting the saved copies",
        };
        var rules = CommonOptions.Rules();
        var command = new Command("moderngov", "fetch from a ModernGov site through its web service (mgWebService.asmx)")
        {
            site, committee, from, to, output, all, contact, council, interval, timeout, retries, retryDelay, revalidate, rules,
        };
        command.SetAction(parse =>
        {
            Uri url;
            DateOnly first, last;
            try
            {
                url = SiteUrl.Parse(parse.GetValue(site)!);
                first = Date(parse.GetValue(from), "--from") ?? new DateOnly(2000, 1, 1);
                last = Date(parse.GetValue(to), "--to") ?? DateOnly.FromDateTime(DateTime.Today);
                if (last < first) throw new ArgumentException($"--to {last:yyyy-MM-dd} is before --from {first:yyyy-MM-dd}");
                if (parse.GetValue(interval) < 0 || parse.GetValue(timeout) <= 0 || parse.GetValue(retries) < 0 || parse.GetValue(retryDelay) < 0)
                    throw new ArgumentException("--interval, --retries and --retry-delay cannot be negative, and --timeout must be positive");
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            FetchRules fetchRules;
            try
            {
                fetchRules = FetchRules.Load(RulesDirectory.Locate(parse.GetValue(rules)));
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            var options = new HttpFetchOptions
            {
                Contact = parse.GetValue(contact) ?? Environment.GetEnvironmentVariable(ContactVariable),
                MinInterval = TimeSpan.FromSeconds(parse.GetValue(interval)),
                AttemptTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                MaxRetries = parse.GetValue(retries),
                RetryBaseDelay = TimeSpan.FromSeconds(parse.GetValue(retryDelay)),
            };
            var request = new FetchRequest(parse.GetValue(committee)!, first, last, parse.GetValue(output)!,
                parse.GetValue(council) ?? CouncilFromHost(url), parse.GetValue(all), parse.GetValue(revalidate));
            return Run(url, request, options, fetchRules);
        });
        return command;
    }

    private static int Run(Uri site, FetchRequest request, HttpFetchOptions options, FetchRules rules)
    {
        if (string.IsNullOrWhiteSpace(options.Contact))
            Console.Error.WriteLine($"note: no contact given (--contact or ${ContactVariable}); sites ask that automated clients say who to contact");
        var progress = new FetchProgressLines();
        using var http = new PoliteHttpClient(options, progress.Note);
        var fetcher = new PaperFetcher(new ModernGovFetcher(site, http, rules), http, rules, progress);
        FetchReport report;
        try
        {
            report = fetcher.FetchAsync(request).GetAwaiter().GetResult();
        }
        catch (CommitteeNotFoundException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: {request.OutputFolder}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        FetchSummary.Print(report, request.OutputFolder);
        return report.AnyProblems ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static DateOnly? Date(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"{option} {text}: not a date in the form yyyy-mm-dd");
    }

    // "democracy.manchester.gov.uk" -> "manchester": the council's own name sits between the service's
    // host prefix and the public-sector suffix on nearly every committee site.
    private static string CouncilFromHost(Uri site)
    {
        string[] prefixes = ["www", "democracy", "moderngov", "modgov", "committees", "councillors", "meetings", "democraticservices", "cmis", "mgov"];
        var labels = site.Host.Split('.').ToList();
        while (labels.Count > 1 && prefixes.Contains(labels[0], StringComparer.OrdinalIgnoreCase)) labels.RemoveAt(0);
        return labels.Count > 0 && !char.IsAsciiDigit(labels[0][0]) ? labels[0].ToLowerInvariant() : site.Host;
    }
}
