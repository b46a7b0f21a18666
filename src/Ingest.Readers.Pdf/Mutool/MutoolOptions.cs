namespace Ingest.Readers.Pdf.Mutool;

/// <summary>How <c>mutool</c> is run.</summary>
/// <param name="Executable">The program: a name on PATH or a full path.</param>
/// <param name="Timeout">How long one document may take before mutool is stopped (default 120 s).</param>
public sealed record MutoolOptions(string Executable = "mutool", TimeSpan? Timeout = null)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public TimeSpan EffectiveTimeout => Timeout is { } t && t > TimeSpan.Zero ? t : DefaultTimeout;

    /// <summary>Seconds before a mutool call is killed, for runs over very large PDFs or tests of a hang.</summary>
    public const string TimeoutVariable = "INGEST_MUTOOL_TIMEOUT_SECONDS";

    public static MutoolOptions FromEnvironment() =>
        double.TryParse(Environment.GetEnvironmentVariable(TimeoutVariable), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? new MutoolOptions(Timeout: TimeSpan.FromSeconds(seconds))
            : new MutoolOptions();
}
