using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Ingest.Core.Pipeline;
using Polly;
using Polly.Timeout;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Runs a command-line tool to the end with a Polly timeout, killing it when time is up or the caller
/// cancels. A missing program becomes a <see cref="DocumentException"/> naming the Debian package.
/// </summary>
internal static class ToolProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Result Run(string program, IEnumerable<string> arguments, ResiliencePipeline timeout, string missingMessage,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = new UTF8Encoding(false, false),
            StandardErrorEncoding = new UTF8Encoding(false, false),
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (k, v) in environment) info.Environment[k] = v;
        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (Win32Exception e)
        {
            throw new DocumentException(missingMessage, e);
        }
        if (process is null) throw new DocumentException(missingMessage);
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
                Kill(process);
                cancellationToken.ThrowIfCancellationRequested();
                throw new DocumentException($"{Path.GetFileName(program)} did not finish in time reading a scanned page", e);
            }
            return new Result(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }
}
