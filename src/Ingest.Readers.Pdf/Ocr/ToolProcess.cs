using System.Diagnostics;
using Ingest.Core.Pipeline;
using Polly;
using Polly.Timeout;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Runs a command-line tool (started as every external tool is, by <see cref="ExternalTool"/>) to the end
/// with a Polly timeout, killing it when time is up or the caller cancels.
/// </summary>
internal static class ToolProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Result Run(string program, IEnumerable<string> arguments, ResiliencePipeline timeout, string missingMessage,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = ExternalTool.Start(program, arguments, missingMessage, environment);
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                timeout.ExecuteAsync(static async (p, token) => await p.WaitForExitAsync(token).ConfigureAwait(false),
                    process, cancellationToken).AsTask().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is TimeoutRejectedException or OperationCanceledException)
            {
                ExternalTool.Stop(process);
                cancellationToken.ThrowIfCancellationRequested();
                throw new DocumentException($"{Path.GetFileName(program)} did not finish in time reading a scanned page", e);
            }
            return new Result(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
        }
    }
}
