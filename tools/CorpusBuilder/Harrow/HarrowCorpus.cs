namespace CorpusBuilder.Harrow;

/// <summary>What the three Harrow documents share.</summary>
internal static class HarrowCorpus
{
    public const string Council = "harrow";
    public const string Folder = "harrow";
    public const string PageHeader = "London Borough of Harrow";
    public const string Author = "London Borough of Harrow";
}
