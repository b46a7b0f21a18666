namespace Ingest.Readers.Tests.Legacy;

/// <summary>
/// A test that converts with the real LibreOffice: skipped, with the reason in the test report, where
/// soffice is not installed (CI installs it through make setup-full, so there they always run).
/// </summary>
public sealed class RequiresLibreOfficeFactAttribute : FactAttribute
{
    public const string Reason = "LibreOffice (soffice) not installed: make setup-full";

    public RequiresLibreOfficeFactAttribute()
    {
        if (!LibreOfficeOnPath.IsInstalled) Skip = Reason;
    }
}

internal static class LibreOfficeOnPath
{
    public static bool IsInstalled { get; } = Find("soffice") is not null;

    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, program))
        .FirstOrDefault(File.Exists);
}
