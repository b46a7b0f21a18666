namespace Ingest.Testing;

/// <summary>
/// What a test that needs system tools does where one is missing: skip, saying which package to install,
/// or, in CI (CI=true, which .ci/run exports), fail, because there every tool must be installed and a
/// silently skipped test would hide a reader nobody runs.
/// </summary>
public sealed record ToolRequirement(IReadOnlyList<SystemTool> Tools)
{
    public const string CiVariable = "CI";

    public static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable(CiVariable), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the tools cannot run here, or null when they all can.</summary>
    public string? Missing =>
        Tools.Where(t => !t.IsInstalled).Select(t => t.MissingReason).ToList() is { Count: > 0 } missing ? string.Join("; ", missing) : null;

    public string? SkipReason => SkipReasonWhere(InContinuousIntegration);

    public string? CiFailure => CiFailureWhere(InContinuousIntegration);

    public string? SkipReasonWhere(bool continuousIntegration) => continuousIntegration ? null : Missing;

    public string? CiFailureWhere(bool continuousIntegration) =>
        continuousIntegration && Missing is { } missing ? $"CI=true, so this test may not be skipped: {missing}" : null;
}
