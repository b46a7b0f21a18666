using Ingest.Pipeline;
using Ingest.Core.Pipeline;
using Ingest.Dataset.Linking;
using Ingest.Extraction;
using Ingest.Store.Postgres;
using Ingest.Store.Postgres.Queue;

namespace Ingest.Cli.Processing;

/// <summary>
/// `ingest worker`: threads that claim jobs from the PostgreSQL queue, read and extract each document with the
/// same <see cref="DocumentProcessor"/> as `ingest run`, and load it and finish its job in one transaction,
/// heartbeating meanwhile. A thread stops when nothing is pending and no other worker holds a job. With
/// <paramref name="continuity"/>, a document's renamed series load under the keys of the council's series already
/// loaded, as in `ingest run`; documents load in the order they are claimed, so a report is linked against
/// whatever of its council is loaded by then.
/// </summary>
public sealed class QueueWorker(PostgresDatabase database, DocumentProcessor processor, ExtractionOptions extraction, QueueWorkerOptions options,
    ContinuityAtLoad? continuity = null)
{
    private readonly object _output = new();

    public WorkerTally Run()
    {
        var tally = new WorkerTally();
        var threads = Enumerable.Range(1, options.Threads)
            .Select(slot => new Thread(() => Work($"{Environment.MachineName}:{Environment.ProcessId}:{slot}", tally)) { Name = $"worker {slot}" })
            .ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        return tally;
    }

    private void Work(string worker, WorkerTally tally)
    {
        using var queue = new JobQueue(database);
        using var heartbeats = new JobQueue(database);
        while (true)
        {
            var job = queue.Claim(worker, options.StaleAfter);
            if (job is null)
            {
                if (queue.Unfinished() == 0) return;
                Thread.Sleep(options.PollEvery);
                continue;
            }
            using var stop = new CancellationTokenSource();
            var beating = Task.Run(() => Beat(heartbeats, job, worker, stop.Token));
            try
            {
                Handle(queue, job, worker, tally);
            }
            finally
            {
                stop.Cancel();
                beating.Wait();
            }
        }
    }

    private async Task Beat(JobQueue heartbeats, Job job, string worker, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.HeartbeatEvery, stop);
                heartbeats.Heartbeat(job, worker);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (System.Data.Common.DbException)
            {
                // A missed beat is not fatal: the next one may get through before the job goes stale.
            }
        }
    }

    private void Handle(JobQueue queue, Job job, string worker, WorkerTally tally)
    {
        var name = Path.GetFileName(job.Path);
        if (queue.AlreadyLoaded(job, processor.Version))
        {
            Finished(queue.CompleteUnchanged(job, worker, processor.Version), tally.CountUnchanged, tally, $"unchanged {name}");
            return;
        }
        var processed = processor.Process(job.Path, extraction);
        if (processed.Source is { } source && !string.Equals(source.Sha256, job.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            Fail(queue, job, worker, tally, $"the file changed since it was enqueued: {job.Path} now holds other content", null, processed.Timings);
            return;
        }
        if (!processed.Succeeded)
        {
            Fail(queue, job, worker, tally, processed.Error ?? "failed", processed.Source, processed.Timings);
            return;
        }
        var result = processed.Result!;
        var load = processed.ToLoad(processor.Version);
        if (continuity is not null) load = continuity.Apply(load);
        bool completed;
        try
        {
            completed = queue.Complete(job, worker, load);
        }
        catch (System.Data.Common.DbException e) when (e is not Npgsql.NpgsqlException { IsTransient: true })
        {
            Fail(queue, job, worker, tally, $"could not be stored: {e.Message}", processed.Source, processed.Timings);
            return;
        }
        Finished(completed, tally.CountLoaded, tally, $"loaded {name}: {result.Observations.Count} observations");
    }

    private void Fail(JobQueue queue, Job job, string worker, WorkerTally tally, string error, Core.Tables.DocumentSource? source,
        DocumentTimings timings) =>
        Finished(queue.Fail(job, worker, error, source, timings, processor.Version), tally.CountFailed, tally,
            $"failed {Path.GetFileName(job.Path)}: {error}");

    private void Finished(bool owned, Action count, WorkerTally tally, string line)
    {
        if (owned) count();
        else tally.CountLost();
        lock (_output) Console.Out.WriteLine(owned ? line : $"lost {line} (another worker reclaimed the job; nothing written)");
    }
}
