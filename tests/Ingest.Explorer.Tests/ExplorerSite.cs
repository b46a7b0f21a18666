using Ingest.Dataset.Checks;
using Ingest.Pipeline;
using Ingest.Store;
using Ingest.Store.Findings;
using Microsoft.Data.Sqlite;

namespace Ingest.Explorer.Tests;

/// <summary>
/// The explorer serving a database loaded by the pipeline and the dataset checks (as `ingest run` and `ingest check` do) from corpus reports (Harrow's Q1 and
/// Q2 scorecards and Brent's Q2 report as PDFs, Harrow's check fixtures as Word), on a free loopback port. One
/// value's printed name is then made hostile, as a document could print it, to test that pages show it as text.
/// </summary>
public sealed class ExplorerSite : IAsyncLifetime
{
    public const string TemporaryAccommodation = "households-in-temporary-accommodation";
    public const string HostileName = "<script>window.injected=1</script>Households <b>placed</b>";
    public const string HostileKey = "provisional:<script>window.injected=2</script>";

    public static readonly string[] Documents =
    [
        "harrow/harrow-corporate-scorecard-q1-2023-24.pdf",
        "harrow/harrow-corporate-scorecard-q2-2023-24.pdf",
        "brent/brent-borough-plan-performance-q2-2023-24.pdf",
        "checks/harrow-checks-performance-q2-2023-24.docx",
        "checks/harrow-checks-performance-q3-2023-24.docx",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-explorer-tests-").FullName;
    private ExplorerServer? _server;

    public string DbPath => Path.Combine(_dir, "explorer.db");

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("the explorer is not started");

    /// <summary>The observation whose printed name and key were made hostile (from a Word document: no page).</summary>
    public long HostileObservationId { get; private set; }

    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        var pipeline = new IngestPipelineBuilder().UseRules(RealRules.Directory).Build();
        using (var store = SqliteObservationStore.Open(DbPath))
            foreach (var document in Documents)
            {
                var processed = pipeline.Process(Path.Combine(RepositoryPaths.Corpus, document));
                if (!processed.Succeeded || processed.SaveTo(store, pipeline.Version) is not null)
                    throw new InvalidOperationException($"{document} did not load: {processed.Error}");
            }
        FindingStore.ReplaceDatasetFindings(DbPath, DatasetChecks.FromRules(RealRules.Directory).Run(StoredObservations.Read(DbPath, null), null), null, null);
        HostileObservationId = MakeOneNameHostile();
        _server = ExplorerServer.Create(new ExplorerOptions(DbPath, Port: 0));
        await _server.StartAsync();
        Client.BaseAddress = _server.Address;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private long MakeOneNameHostile()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE observation SET indicator = $name, indicator_id = $key
            WHERE id = (SELECT o.id FROM observation o JOIN document d ON d.id = o.document_id WHERE d.format = 'docx' ORDER BY o.id LIMIT 1)
            RETURNING id
            """;
        command.Parameters.AddWithValue("$name", HostileName);
        command.Parameters.AddWithValue("$key", HostileKey);
        return (long)command.ExecuteScalar()!;
    }
}
