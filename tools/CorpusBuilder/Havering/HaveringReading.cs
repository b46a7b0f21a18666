using System.Text.RegularExpressions;
using CorpusBuilder.Contract;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Havering;

/// <summary>The contract's reading of a Havering row's cells, shared by the arrows and the gold file.</summary>
internal static partial class HaveringReading
{
    public static Polarity? Polarity(HaveringLine line) => Vocabulary.PolarityMark(TextNormaliser.Collapse(line.Value));

    /// <summary>The row's unit from its name, else from every target, performance and comparator cell.</summary>
    public static Unit Unit(HaveringLine line) =>
        UnitOverrides.For(line.Indicator) ?? RowUnit.Of(line.Indicator,
            new[] { line.AnnualTarget, line.QuarterTarget, line.Performance, line.ShortValue, line.LongValue }.Select(TextNormaliser.Collapse));

    /// <summary>The RAG word that ends a performance cell ("83% RED", "157 per 100,000 population GREEN").</summary>
    public static Rag? RagWord(string performance)
    {
        var m = TrailingRag().Match(TextNormaliser.Collapse(performance));
        return m.Success ? Vocabulary.RagWord(m.Groups[1].Value) : null;
    }

    public static PickedValue? Number(string cell, Unit unit)
    {
        var clean = TextNormaliser.Collapse(cell);
        return AbsenceMarkers.IsAbsent(clean) ? null : CellNumbers.Read(clean).Pick(unit);
    }

    [GeneratedRegex(@"\b(RED|AMBER|GREEN)$")]
    private static partial Regex TrailingRag();
}
