using System.Diagnostics;
using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Content;
using Polly;
using Polly.Timeout;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// One running <c>mutool trace</c>: its output to be read as it is written, its error lines, and a
/// watchdog (a Polly timeout around waiting for the process) that kills the process tree when the
/// time is up or the caller cancels. Disposing stops mutool if it is still running.
/// </summary>
internal sealed class MutoolRun : IDisposable
{
    private const int MaxErrorLines = 50;

    private readonly Process _process;
    private readonly List<string> _errors = [];
    private readonly CancellationTokenSource _stop;
    private readonly Task _watchdog;
    private readonly OutputPump _output;
    private volatile bool _timedOut;

    private MutoolRun(Process process, ResiliencePipeline timeout, CancellationToken cancellationToken)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_errors)
                if (_errors.Count < MaxErrorLines) _errors.Add(e.Data);
        };
        _process.BeginErrorReadLine();
        _output = new OutputPump(_process.StandardOutput.BaseStream);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _watchdog = Task.Run(() => WatchAsync(timeout));
    }

    /// <summary>mutool's output as bytes (its text is UTF-8), read ahead so mutool never waits for the reader.</summary>
    public Stream Output => _output;

    public bool TimedOut => _timedOut;

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors) return _errors.ToArray();
        }
    }

    public static MutoolRun Start(MutoolOptions options, ResiliencePipeline timeout, string path, PageSelection? pages,
        CancellationToken cancellationToken)
    {
        // A full path cannot be taken for an option even when the file name starts with '-'.
        var arguments = new List<string> { "trace", Path.GetFullPath(path) };
        if (pages is not null) arguments.Add(pages.ToMutoolArgument());
        var process = ExternalTool.Start(options.Executable, arguments, MutoolFailure.NotFound);
        return new MutoolRun(process, timeout, cancellationToken);
    }

    /// <summary>Waits for mutool to end (its output has been read to the end) and returns its exit code.</summary>
    public int WaitForExit()
    {
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Reads and discards the rest of the output, for runs whose pages are not wanted.</summary>
    public void Drain()
    {
        var buffer = new byte[1 << 16];
        while (Output.Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    public void Dispose()
    {
        ExternalTool.Stop(_process);
        _output.Dispose();
        _stop.Cancel();
        try
        {
            _watchdog.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The watchdog's own failures only matter while the run is wanted.
        }
        _stop.Dispose();
        _process.Dispose();
    }

    private async Task WatchAsync(ResiliencePipeline timeout)
    {
        try
        {
            await timeout.ExecuteAsync(
                static async (process, token) => await process.WaitForExitAsync(token).ConfigureAwait(false),
                _process, _stop.Token).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException)
        {
            _timedOut = true;
            ExternalTool.Stop(_process);
        }
        catch (OperationCanceledException)
        {
            ExternalTool.Stop(_process);
        }
    }
}
