using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ingest.Store.Postgres.Tests;

/// <summary>
/// A real PostgreSQL for the tests: initdb and pg_ctl (Debian's postgresql package) in a temporary folder, on a
/// free port on 127.0.0.1, removed afterwards. As root, the server runs as the postgres user (it refuses root).
/// Each test gets its own schema (<see cref="CreateSchema"/>), so tests do not see each other's rows.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string User = "ingest";
    private readonly string _folder = "";
    private readonly string _bin = "";
    private readonly string? _runAs;

    public PostgresServer()
    {
        // Skipped tests still get their collection's fixture: where no server can start, there is none.
        if (UnavailableReason() is not null) return;
        _bin = BinFolder() ?? throw new InvalidOperationException(
            "PostgreSQL's initdb and pg_ctl were not found; CI must install the postgresql package (make setup-full)");
        _runAs = IsRoot ? "postgres" : null;
        _folder = Directory.CreateTempSubdirectory("ingest-pg-").FullName;
        try
        {
            if (_runAs is not null) Run("chown", "-R", $"{_runAs}:", _folder);
            var data = Path.Combine(_folder, "data");
            RunAsServerUser(Path.Combine(_bin, "initdb"), "-D", data, "-U", User, "--auth=trust", "--no-sync", "--locale=C", "-E", "UTF8");
            Port = FreePort();
            RunAsServerUser(Path.Combine(_bin, "pg_ctl"), "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "-o",
                $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
            ConnectionString = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1", Port = Port, Username = User, Database = "postgres", Timeout = 30,
            }.ConnectionString;
        }
        catch
        {
            Stop();
            throw;
        }
    }

    public int Port { get; }

    /// <summary>The server's postgres database, as the test user (a superuser).</summary>
    public string ConnectionString { get; } = "";

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>A fresh, empty schema; the returned connection string puts it first on the search path.</summary>
    public string CreateSchema()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        Execute($"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public void DropSchema(string connectionString)
    {
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
    }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose() => Stop();

    /// <summary>Why the tests cannot start a server here, or null when they can. In CI (CI=true) nothing is a reason: the tests fail instead.</summary>
    public static string? UnavailableReason()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) return null;
        if (BinFolder() is null)
            return "PostgreSQL's initdb and pg_ctl were not found (install the postgresql package: make setup-full)";
        if (IsRoot && !File.ReadLines("/etc/passwd").Any(l => l.StartsWith("postgres:", StringComparison.Ordinal)))
            return "running as root and there is no postgres user to run the server as";
        return null;
    }

    /// <summary>Debian keeps initdb and pg_ctl in /usr/lib/postgresql/VERSION/bin, off the PATH; the newest wins.</summary>
    private static string? BinFolder()
    {
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var found = Directory.GetDirectories(debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => HasTools(d.Dir))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault();
            if (found is not null) return found;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasTools);
    }

    // A symbolic link into a removed PostgreSQL still "exists" as a file: follow it.
    private static bool HasTools(string folder) => new[] { "initdb", "pg_ctl" }.All(tool =>
    {
        var file = new FileInfo(Path.Combine(folder, tool));
        return file.LinkTarget is null ? file.Exists : file.ResolveLinkTarget(returnFinalTarget: true)?.Exists == true;
    });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Stop()
    {
        if (_folder.Length == 0) return;
        try
        {
            NpgsqlConnection.ClearAllPools();
            var data = Path.Combine(_folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
                RunAsServerUser(Path.Combine(_bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }

    private void RunAsServerUser(string program, params string[] args)
    {
        if (_runAs is null) Run(program, args);
        else Run("runuser", ["-u", _runAs, "--", program, .. args]);
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', args)} exited {process.ExitCode}: {error.Result.Trim()} {output.Result.Trim()}");
    }
}
