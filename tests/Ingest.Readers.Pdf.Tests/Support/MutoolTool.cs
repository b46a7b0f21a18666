using System.Diagnostics;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>Runs mutool for test set-up (encrypting a file, for instance).</summary>
internal static class MutoolTool
{
    public static void Run(params string[] arguments)
    {
        var info = new ProcessStartInfo("mutool") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"mutool {string.Join(' ', arguments)} failed: {errors}");
    }
}

internal static class Fluent
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
