using Ingest.Explorer.Data;

namespace Ingest.Explorer;

/// <summary>How the explorer is served.</summary>
/// <param name="DbPath">The SQLite database it reads (read-only).</param>
/// <param name="RulesPath">Extraction rules (catalogue, councils); null for the default rules folder.</param>
/// <param name="Host">The address to listen on: the loopback address unless told otherwise, since the data may not be public.</param>
/// <param name="Port">0 for any free port (the tests).</param>
/// <param name="Data">Another store's reads; null reads <paramref name="DbPath"/> through the SQLite store.</param>
public sealed record ExplorerOptions(
    string DbPath,
    string? RulesPath = null,
    string Host = ExplorerOptions.Loopback,
    int Port = ExplorerOptions.DefaultPort,
    IExplorerData? Data = null,
    string Mutool = "mutool")
{
    public const string Loopback = "127.0.0.1";
    public const int DefaultPort = 8080;
}
