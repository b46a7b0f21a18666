namespace Ingest.Fetch.Tests;

/// <summary>Tests that run the command, which writes to the console, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
