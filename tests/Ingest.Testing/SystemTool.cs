namespace Ingest.Testing;

/// <summary>A program some tests run for real, and the Debian package that installs it (make setup-full).</summary>
public sealed record SystemTool(string Name, string Program, string Package)
{
    public static readonly SystemTool Mutool = new("mutool", "mutool", "mupdf-tools");

    public static readonly SystemTool Tesseract = new("Tesseract", "tesseract", "tesseract-ocr tesseract-ocr-eng");

    public static readonly SystemTool LibreOffice = new("LibreOffice", "soffice", "libreoffice-writer-nogui");

    public bool IsInstalled => FindOnPath(Program) is not null;

    public string MissingReason => $"{Name} ({Program}) not installed: install the Debian package {Package} (make setup-full)";

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, program))
        .FirstOrDefault(File.Exists);
}
