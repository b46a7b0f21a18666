namespace CorpusBuilder.Havering;

/// <summary>What the Havering documents share.</summary>
internal static class HaveringCorpus
{
    public const string Council = "havering";
    public const string Folder = "havering";
    public const string PageHeader = "London Borough of Havering";
    public const string Author = "London Borough of Havering";
}
