using System.CommandLine;
using Ingest.Cli.Output;
using Ingest.Store;
using Ingest.Store.Postgres;

namespace Ingest.Cli.Commands;

/// <summary>Options several commands share, so they are spelled and described once.</summary>
public static class CommonOptions
{
    public const string DefaultDatabase = "scorecards.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file, or PostgreSQL as postgres://user:password@host:port/database or a Host=...;Database=... " +
                      "connection string (default: $INGEST_DB, else scorecards.db)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(StoreDatabases.EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultDatabase,
    };

    /// <summary>The database <c>--db</c> names, or null after a one-line error when it cannot be read.</summary>
    public static IStoreDatabase? OpenDatabase(string db)
    {
        try
        {
            return StoreDatabases.Open(db);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"--db: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// For the commands that read SQLite only so far: false after a one-line error when <c>--db</c> names PostgreSQL
    /// (there, <c>ingest query</c> reads the same tables and view).
    /// </summary>
    public static bool IsSqlite(string db, string command)
    {
        if (!StoreDatabases.IsPostgres(db)) return true;
        Console.Error.WriteLine($"'ingest {command}' reads a SQLite file only so far; on PostgreSQL use 'ingest query' over observation_current and finding");
        return false;
    }

    public static Option<string?> Rules() => new("--rules")
    {
        Description = "folder of extraction rules (default: extraction-rules beside the program, or $INGEST_RULES)",
    };

    /// <summary>
    /// --council: a key, GSS code or name of a council in any case, checked against the rules' councils as the
    /// command line is parsed, so a misspelling is one line naming the closest councils.
    /// </summary>
    public static Option<string?> Council(Option<string?> rules, bool required = false, string purpose = "overrides detection")
    {
        var option = new Option<string?>("--council")
        {
            Description = "the council: its key, GSS code or name in any case (extraction-rules/council-register.yaml); " + purpose,
            Required = required,
        };
        option.Validators.Add(result =>
        {
            var given = result.GetValueOrDefault<string?>();
            if (!string.IsNullOrWhiteSpace(given) && CouncilArgument.Resolve(given, result.GetValue(rules)).Error is { } error)
                result.AddError(error);
        });
        return option;
    }

    /// <summary>The extraction options for a --council value, which is stored under the council's key whatever was typed.</summary>
    public static Ingest.Extraction.ExtractionOptions Extraction(string? council, string? rules) =>
        new(string.IsNullOrWhiteSpace(council) ? null : CouncilArgument.Resolve(council, rules).Key ?? council);

    public static Option<OutputFormat> Format(OutputFormat defaultFormat, params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = "output format: " + string.Join("|", allowed.Select(a => a.ToString().ToLowerInvariant())),
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(allowed.Select(a => a.ToString().ToLowerInvariant()).ToArray());
        return option;
    }
}

/// <summary>Process exit codes, as documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}
