namespace Ingest.Cli.Commands;

/// <summary>
/// The error handling every command over the dataset shares: a missing or unreadable database or rules file
/// is one line on standard error and exit 1, never a stack trace.
/// </summary>
internal static class DatasetCommand
{
    /// <param name="writesFiles">The command writes a file too (a chart), so a failure to write it is reported the same way.</param>
    public static int Run(Func<int> action, bool writesFiles = false)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException
                                  || writesFiles && e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.SomeFailed;
        }
    }
}
