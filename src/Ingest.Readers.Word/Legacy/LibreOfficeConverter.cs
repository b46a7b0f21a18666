using Ingest.Core.Pipeline;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Ingest.Readers.Legacy;

/// <summary>
/// Converts with <c>soffice --headless --convert-to docx</c>. Every attempt gets its own temporary
/// profile and output folder: LibreOffice locks its user profile, so workers converting in parallel
/// with the shared one would wait on (or fail at) each other's lock. An attempt that runs over the
/// timeout is killed with its process tree; a failed or timed-out attempt is tried once more.
/// </summary>
public sealed class LibreOfficeConverter : ILegacyConverter
{
    private readonly LibreOfficeOptions _options;
    private readonly ResiliencePipeline _pipeline;

    public LibreOfficeConverter(LibreOfficeOptions? options = null)
    {
        _options = options ?? new LibreOfficeOptions();
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = 1,
                Delay = TimeSpan.FromMilliseconds(200),
                // A missing binary or the caller's cancellation will not get better on a second try.
                ShouldHandle = new PredicateBuilder().Handle<TimeoutRejectedException>().Handle<ConversionFailedException>(),
            })
            .AddTimeout(_options.EffectiveTimeout)
            .Build();
    }

    /// <summary>Converts with the binary named by <see cref="LibreOfficeOptions.ExecutableVariable"/>, else soffice on PATH.</summary>
    public static LibreOfficeConverter FromEnvironment() => new(LibreOfficeOptions.FromEnvironment());

    public string Convert(string path, string targetDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(targetDirectory);
        var input = Path.GetFullPath(path);
        Directory.CreateDirectory(targetDirectory);
        try
        {
            return _pipeline.ExecuteAsync(
                    async token => await AttemptAsync(input, targetDirectory, token).ConfigureAwait(false), cancellationToken)
                .AsTask().GetAwaiter().GetResult();
        }
        catch (TimeoutRejectedException e)
        {
            throw new DocumentException(LegacyFailure.TimedOut(_options.EffectiveTimeout), e);
        }
        catch (ConversionFailedException e)
        {
            throw new DocumentException(e.Message, e);
        }
    }

    private async Task<string> AttemptAsync(string input, string targetDirectory, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("ingest-soffice-");
        try
        {
            var profile = Path.Combine(work.FullName, "profile");
            var output = Path.Combine(work.FullName, "out");
            Directory.CreateDirectory(output);
            var (exitCode, errors) = await RunAsync(input, profile, output, cancellationToken).ConfigureAwait(false);

            // soffice exits 0 even when it could not load the file, so the written document is the verdict.
            var written = Directory.EnumerateFiles(output, "*.docx").FirstOrDefault();
            if (written is null || new FileInfo(written).Length == 0)
                throw new ConversionFailedException(LegacyFailure.Describe(exitCode, errors));

            var target = Path.Combine(targetDirectory, Path.GetFileNameWithoutExtension(input) + ".docx");
            File.Move(written, target, overwrite: true);
            return target;
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task<(int ExitCode, IReadOnlyList<string> Errors)> RunAsync(
        string input, string profile, string output, CancellationToken cancellationToken)
    {
        var process = ExternalTool.Start(_options.Executable,
            [
                "--headless", "--norestore", "--nologo", "--nolockcheck",
                "-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri,
                "--convert-to", "docx", "--outdir", output,
                // A full path, so a file name starting with '-' is never taken for an option.
                input,
            ],
            LegacyFailure.NotInstalled);

        using (process)
        {
            var errors = new List<string>();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                lock (errors)
                    if (errors.Count < 50) errors.Add(e.Data);
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The timeout or the caller: either way LibreOffice (a shell script, oosplash, soffice.bin) must not outlive us.
                ExternalTool.Stop(process);
                throw;
            }
            lock (errors) return (process.ExitCode, errors.ToArray());
        }
    }

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held by a dying process; the temp folder is the system's to clean then.
        }
    }

    /// <summary>An attempt that ended without a document: worth one more try, then the user's one-line reason.</summary>
    private sealed class ConversionFailedException(string message) : Exception(message);
}
