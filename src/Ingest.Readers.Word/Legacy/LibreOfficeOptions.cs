namespace Ingest.Readers.Legacy;

/// <summary>How LibreOffice is run for a conversion.</summary>
/// <param name="Executable">The program: a name on PATH or a full path.</param>
/// <param name="Timeout">How long one conversion attempt may take before LibreOffice is stopped (default 120 s).</param>
public sealed record LibreOfficeOptions(string Executable = LibreOfficeOptions.DefaultExecutable, TimeSpan? Timeout = null)
{
    public const string DefaultExecutable = "soffice";

    /// <summary>Names another LibreOffice binary (or, in tests, none that exists) without changing PATH.</summary>
    public const string ExecutableVariable = "INGEST_SOFFICE";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public TimeSpan EffectiveTimeout => Timeout is { } t && t > TimeSpan.Zero ? t : DefaultTimeout;

    /// <summary>The defaults, with the binary taken from <see cref="ExecutableVariable"/> when it is set.</summary>
    public static LibreOfficeOptions FromEnvironment() =>
        Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } executable
            ? new LibreOfficeOptions(executable)
            : new LibreOfficeOptions();
}
