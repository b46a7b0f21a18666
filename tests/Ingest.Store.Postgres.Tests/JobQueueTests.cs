using Ingest.Core.Pipeline;
using Ingest.Store.Postgres.Queue;
using Ingest.Store.Tests;

namespace Ingest.Store.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class JobQueueTests : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly PostgresServer _server;
    private readonly string _schema;
    private readonly PostgresDatabase _database;

    public JobQueueTests(PostgresServer server)
    {
        _server = server;
        if (PostgresServer.UnavailableReason() is not null) { _schema = ""; _database = null!; return; }
        _schema = server.CreateSchema();
        _database = new PostgresDatabase(_schema);
    }

    public void Dispose()
    {
        if (_schema.Length > 0) _server.DropSchema(_schema);
    }

    [RequiresPostgresFact]
    public void The_same_content_is_one_job_however_often_and_from_wherever_it_is_enqueued()
    {
        using var queue = new JobQueue(_database);

        queue.Enqueue([(SeedData.HarrowSha, "/a/harrow.docx"), (SeedData.HaveringSha, "/a/havering.pdf")], "v1")
            .Should().Be(new EnqueueOutcome(2, 0, 0));
        queue.Enqueue([(SeedData.HarrowSha, "/b/copy-of-harrow.docx"), (SeedData.HarrowSha, "/a/harrow.docx")], "v1")
            .Should().Be(new EnqueueOutcome(0, 0, 2));

        queue.Status().Pending.Should().Be(2);
    }

    [RequiresPostgresFact]
    public void Two_workers_never_claim_the_same_job()
    {
        using var first = new JobQueue(_database);
        using var second = new JobQueue(_database);
        first.Enqueue([(SeedData.HarrowSha, "/a/harrow.docx"), (SeedData.HaveringSha, "/a/havering.pdf")], "v1");

        var a = first.Claim("host:1:1", Minute);
        var b = second.Claim("host:2:1", Minute);

        a.Should().NotBeNull();
        b.Should().NotBeNull();
        b!.Id.Should().NotBe(a!.Id);
        first.Claim("host:1:1", Minute).Should().BeNull("both jobs are running and their workers are alive");
        first.Status().Workers.Select(w => w.Worker).Should().BeEquivalentTo("host:1:1", "host:2:1");
    }

    [RequiresPostgresFact]
    public void A_job_without_a_heartbeat_is_claimed_again_and_its_old_worker_can_no_longer_finish_it()
    {
        using var queue = new JobQueue(_database);
        queue.Enqueue([(SeedData.HarrowSha, "/a/harrow.docx")], "v1");
        var stale = queue.Claim("host:1:1", Minute)!;
        Thread.Sleep(50);

        var again = queue.Claim("host:2:1", TimeSpan.FromMilliseconds(10));

        again.Should().NotBeNull();
        again!.Attempts.Should().Be(2);
        queue.Heartbeat(stale, "host:1:1").Should().BeFalse();
        queue.Complete(stale, "host:1:1", Load()).Should().BeFalse();
        _database.Query("SELECT count(*) FROM document").Rows.Single().Single().Should().Be("0");
        queue.Complete(again, "host:2:1", Load()).Should().BeTrue();
        _database.Query("SELECT count(*) FROM observation").Rows.Single().Single().Should().Be("1");
        queue.Status().Done.Should().Be(1);
    }

    [RequiresPostgresFact]
    public void A_job_whose_workers_keep_dying_is_failed_with_that_reason()
    {
        using var queue = new JobQueue(_database);
        queue.Enqueue([(SeedData.HarrowSha, "/a/harrow.docx")], "v1");
        for (var i = 0; i < JobQueue.MaxAttempts; i++)
        {
            queue.Claim($"host:{i}:1", TimeSpan.FromMilliseconds(10)).Should().NotBeNull();
            Thread.Sleep(50);
        }

        queue.Claim("host:9:1", TimeSpan.FromMilliseconds(10)).Should().BeNull();

        var status = queue.Status();
        status.Failed.Should().Be(1);
        status.Failures.Single().Error.Should().StartWith($"abandoned: its worker stopped (no heartbeat) {JobQueue.MaxAttempts} times");
    }

    [RequiresPostgresFact]
    public void A_new_extractor_version_queues_finished_content_again_and_the_same_version_does_not()
    {
        using var queue = new JobQueue(_database);
        queue.Enqueue([(SeedData.HarrowSha, "/a/harrow.docx"), (SeedData.HaveringSha, "/a/havering.pdf")], "v1");
        var harrow = queue.Claim("host:1:1", Minute)!;
        queue.Complete(harrow, "host:1:1", Load()).Should().BeTrue();

        queue.Enqueue([(SeedData.HarrowSha, "/a/harrow.docx"), (SeedData.HaveringSha, "/a/havering.pdf")], "v1")
            .Should().Be(new EnqueueOutcome(0, 0, 2));
        queue.Enqueue([(SeedData.HarrowSha, "/a/harrow.docx"), (SeedData.HaveringSha, "/a/havering.pdf")], "v2")
            .Should().Be(new EnqueueOutcome(0, 1, 1), "havering is still pending; only harrow was finished, by v1");
    }

    [RequiresPostgresFact]
    public void A_failed_job_keeps_its_reason_and_records_the_failed_document()
    {
        using var queue = new JobQueue(_database);
        queue.Enqueue([(SeedData.HarrowSha, "/a/harrow.docx")], "v1");
        var job = queue.Claim("host:1:1", Minute)!;

        queue.Fail(job, "host:1:1", "not a valid Word file", SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha), DocumentTimings.Zero, "v1")
            .Should().BeTrue();

        queue.Status().Failures.Should().ContainSingle().Which.Should().Be(new FailureReason("not a valid Word file", 1, "/a/harrow.docx"));
        _database.Query("SELECT status, error FROM document").Rows.Single().Should().Equal("failed", "not a valid Word file");
    }

    private static DocumentLoad Load() =>
        SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha), [SeedData.CallsAnswered()]) with { ExtractorVersion = "v1" };
}
