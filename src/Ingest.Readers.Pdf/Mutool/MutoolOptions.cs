namespace Ingest.Readers.Pdf.Mutool;

/// <summary>How <c>mutool</c> is run.</summary>
/// <param name="Executable">The program: a name on PATH or a full path.</param>
/// <param name="Timeout">How long one document may take before mutool is stopped (default 120 s).</param>
public sealed record MutoolOptions(string Executable = "mutool", TimeSpan? Timeout = null)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public TimeSpan EffectiveTimeout => Timeout is { } t && t > TimeSpan.Zero ? t : DefaultTimeout;
}
