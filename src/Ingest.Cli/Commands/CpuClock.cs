using System.Globalization;

namespace Ingest.Cli.Commands;

/// <summary>
/// CPU time spent by this process and by the child processes it has waited for (mutool, tesseract), read from
/// /proc/self/stat: OCR's cost is almost all in Tesseract processes, which the process's own
/// <see cref="System.Diagnostics.Process.TotalProcessorTime"/> never sees. Null where there is no /proc.
/// </summary>
internal static class CpuClock
{
    /// <summary>Linux reports these times in clock ticks of 1/100 s (USER_HZ) on every architecture .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan? Now()
    {
        string stat;
        try
        {
            stat = File.ReadAllText("/proc/self/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14-17 of proc(5): utime, stime, cutime, cstime; here they start at index 11 (field 3 is index 0).
        var ticks = 0L;
        for (var i = 11; i <= 14; i++) ticks += long.Parse(fields[i], NumberStyles.Integer, CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
