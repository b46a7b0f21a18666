using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Ingest.Core.Pipeline;

/// <summary>
/// Starts one of the programs the readers shell out to (mutool, LibreOffice, Tesseract) the same way:
/// arguments passed as a list (a file name is never parsed as options), both streams redirected and read
/// as lenient UTF-8 (text from a PDF may hold bad sequences), and a missing program turned into the
/// document's one-line reason naming what to install.
/// </summary>
public static class ExternalTool
{
    public static Process Start(string program, IEnumerable<string> arguments, string missingMessage,
        IReadOnlyDictionary<string, string>? environment = null)
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
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        if (environment is not null)
            foreach (var (name, value) in environment) info.Environment[name] = value;
        try
        {
            return Process.Start(info) ?? throw new DocumentException(missingMessage);
        }
        catch (Win32Exception e)
        {
            throw new DocumentException(missingMessage, e);
        }
    }

    /// <summary>
    /// Stops a tool and every process it started (LibreOffice is a shell script, oosplash and soffice.bin)
    /// and waits briefly for it to go, so that none outlives the document it was started for.
    /// </summary>
    /// <summary>
    /// Whether <paramref name="program"/> can be started: a path to an existing file, or a name found in
    /// one of PATH's folders. Used to decide whether an optional tool (a fallback engine) is there at all.
    /// </summary>
    public static bool IsInstalled(string program)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (program.Contains(Path.DirectorySeparatorChar) || program.Contains(Path.AltDirectorySeparatorChar)) return File.Exists(program);
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string[] suffixes = OperatingSystem.IsWindows() ? [".exe", ".cmd", ".bat", ""] : [""];
        return folders.Any(folder => suffixes.Any(suffix => File.Exists(Path.Combine(folder, program + suffix))));
    }

    public static void Stop(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        try
        {
            if (process.HasExited) return;
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone, or never started: nothing left to stop.
        }
    }
}
