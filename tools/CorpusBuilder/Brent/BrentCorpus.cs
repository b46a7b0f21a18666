namespace CorpusBuilder.Brent;

/// <summary>
/// What the Brent documents share. Brent is the corpus's third council and entirely derived: the layout is a
/// plausible council scorecard (two-row header, Actual | Target | RAG, spacer column, fill-only RAG, footnotes),
/// the figures are generated test data, not Brent Council's.
/// </summary>
internal static class BrentCorpus
{
    public const string Council = "brent";
    public const string Folder = "brent";
    public const string Name = "London Borough of Brent";
    public const string PageHeader = "Brent Council";
    public const string Author = "Brent Council";

    /// <summary>Brent's RAG fills: Excel's standard dark red, amber and light green, not pure primaries.</summary>
    public const string RedFill = "C00000";
    public const string AmberFill = "FFC000";
    public const string GreenFill = "92D050";
}
