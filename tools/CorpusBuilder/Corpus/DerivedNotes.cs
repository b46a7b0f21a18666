namespace CorpusBuilder.Corpus;

/// <summary>The sentence every derived document prints (and carries in its properties), so none passes for a council's own.</summary>
internal static class DerivedNotes
{
    public static string For(string councilName) =>
        $"Derived test document for the Ingest corpus: the layout follows {councilName}'s published reports, " +
        "the figures are generated test data, not the council's.";

    /// <summary>For a council whose layout is invented too (Brent).</summary>
    public static string Invented(string councilName) =>
        $"Derived test document for the Ingest corpus: the layout and the figures are invented test data, not {councilName}'s.";
}
