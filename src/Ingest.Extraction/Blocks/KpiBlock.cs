namespace Ingest.Extraction.Blocks;

/// <summary>One KPI printed as a block, as found in the document's text.</summary>
/// <param name="Ordinal">1-based position among the document's blocks.</param>
/// <param name="Title">The title as printed, without its RAG word (the reference code, if any, still there).</param>
/// <param name="RagWord">The RAG word that ends the title.</param>
/// <param name="DotRaw">A mark printed after the RAG word (an arrow), or empty.</param>
/// <param name="Section">The heading the block stands under, or empty.</param>
/// <param name="Commentary">The prose after the block, up to the next block or heading, paragraphs joined by spaces.</param>
internal sealed record KpiBlock(int Ordinal, string Title, string RagWord, string DotRaw, ValuesLine Values, string Section,
    string Commentary);
