namespace Ingest.Explorer.Tests;

/// <summary>The HTTP and browser tests share one loaded database and one server (loading the corpus takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerSite>
{
    public const string Name = "explorer";
}
