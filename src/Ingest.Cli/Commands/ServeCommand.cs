using System.CommandLine;
using System.Net;
using Ingest.Explorer;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest serve`: the dataset explorer (indicators, compare, trend, source, findings, and their JSON) on
/// http://127.0.0.1:8080 until Ctrl+C. Read-only; on the loopback address unless --host says otherwise.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var rules = CommonOptions.Rules();
        var port = new Option<int>("--port") { Description = "TCP port (0: any free port)", DefaultValueFactory = _ => ExplorerOptions.DefaultPort };
        var host = new Option<string>("--host")
        {
            Description = "address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 opens it to the network)",
            DefaultValueFactory = _ => ExplorerOptions.Loopback,
        };
        var command = new Command("serve", "a read-only web explorer of the dataset: search, compare, trend, and the source of every value")
        {
            db, rules, port, host,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var portValue = parse.GetValue(port);
            if (portValue is < 0 or > 65535)
            {
                Console.Error.WriteLine($"--port must be between 0 and 65535, not {portValue}");
                return ExitCodes.Usage;
            }
            var hostValue = parse.GetValue(host)!;
            if (Uri.CheckHostName(hostValue) == UriHostNameType.Unknown)
            {
                Console.Error.WriteLine($"--host '{hostValue}' is not a host name or address");
                return ExitCodes.Usage;
            }
            ExplorerServer server;
            try
            {
                server = ExplorerServer.Create(new ExplorerOptions(parse.GetValue(db)!, parse.GetValue(rules), hostValue, portValue));
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.SomeFailed;
            }
            await using (server.ConfigureAwait(false))
            {
                try
                {
                    await server.StartAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    Console.Error.WriteLine($"cannot listen on {hostValue}:{portValue}: {e.Message} (try another --port)");
                    return ExitCodes.SomeFailed;
                }
                if (!IsLoopback(hostValue))
                    Console.Error.WriteLine($"warning: listening on {hostValue}, so other machines can read the dataset");
                Console.Out.WriteLine($"explorer at {server.Address} (read-only; Ctrl+C stops it)");
                try
                {
                    // The web host itself stops on Ctrl+C and SIGTERM; this returns when it has.
                    await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopped by the command line's own cancellation instead: the same end.
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
}
