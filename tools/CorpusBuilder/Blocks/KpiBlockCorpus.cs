namespace CorpusBuilder.KpiBlocks;

/// <summary>
/// What the KPI-block documents share. The layout follows Kent County Council's Quarterly Performance Report
/// (each KPI printed as a block: a title ending with its RAG word, a "Latest: ... Target: ... Floor: ...
/// Previous: ..." line, a chart; a summary table of RAG ratings first). The figures are generated test data,
/// not the council's.
/// </summary>
internal static class KpiBlockCorpus
{
    public const string Council = "kent";
    public const string Folder = "kent";
    public const string Name = "Kent County Council";
    public const string PageHeader = "Kent County Council";
    public const string Author = "Kent County Council";
    public const string Layout = "kpi-blocks-with-summary-table";

    public const string HeaderFill = "D9D9D9";
    public const string SectionFill = "DEEAF6";

    /// <summary>The RAG word as the report prints it in titles and the summary table (upper case).</summary>
    public static string Word(Ingest.Core.Observations.Rag rag) => rag.ToString().ToUpperInvariant();

    /// <summary>The RAG word as the values line prints it after the previous figure: "(Amber)".</summary>
    public static string TitleCase(Ingest.Core.Observations.Rag rag) => rag.ToString();
}
