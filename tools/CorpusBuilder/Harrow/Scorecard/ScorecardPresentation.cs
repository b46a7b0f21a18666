using CorpusBuilder.Contract;

namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>
/// The fixed drawing choices that change what a reader sees, shared by the document (which draws them)
/// and the gold file (which must say rag_source "colour" where only a fill is left). README.md lists them.
/// </summary>
internal static class ScorecardPresentation
{
    public const string SymbolFont = "Wingdings 3";
    public const string UpTriangle = "F070";
    public const string DownTriangle = "F071";

    /// <summary>Priority whose RAG words are all dropped, leaving the fill.</summary>
    public const string FillOnlyPriority = "CLEAN & SAFE";

    /// <summary>A few rows elsewhere drawn the same way, so fill-only RAG is not tied to one section.</summary>
    public static readonly IReadOnlySet<string> FillOnlyIndicators = new HashSet<string>(StringComparer.Ordinal)
    {
        "% FOI responses within 20 working days",
        "Reablement - % of new people completed reablement (no ongoing support required) (OfLoG)",
        "CQC rating \"requires improvement\" of Homecare Providers used",
    };

    /// <summary>Every third indicator row stores its polarity glyph as a Wingdings 3 w:sym.</summary>
    public static bool PolarityAsSymbol(LaidOutRow row) =>
        row.Kind == SeedRowKind.Indicator && row.IndicatorOrdinal % 3 == 0
        && row.Seed[ScorecardColumns.Polarity].Clean is "▲" or "▼";

    /// <summary>A RAG cell drawn as fill only: a plain (not bold) RAG word in a chosen row.</summary>
    public static bool RagFillOnly(LaidOutRow row, int column)
    {
        if (row.Kind != SeedRowKind.Indicator || !ScorecardColumns.IsRag(column)) return false;
        var cell = row.Seed[column];
        var chosen = row.Priority == FillOnlyPriority || FillOnlyIndicators.Contains(row.Seed[ScorecardColumns.Indicator].Clean);
        return chosen && !cell.IsBold && Vocabulary.RagWord(cell.Clean) is not null;
    }

    /// <summary>The fill of a RAG cell: its RAG word's colour; n/a, '-' and other text get none.</summary>
    public static string? RagFill(LaidOutRow row, int column)
    {
        if (row.Kind != SeedRowKind.Indicator || !ScorecardColumns.IsRag(column)) return null;
        var rag = Vocabulary.RagWord(row.Seed[column].Clean);
        return rag is null ? null : Vocabulary.Colour(rag.Value);
    }
}
