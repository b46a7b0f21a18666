using CorpusBuilder.Contract;
using CorpusBuilder.Script;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Harrow.Strategic;

/// <summary>An indicator row of a Performance Indicators table, placed in the document, with its RAG.</summary>
/// <param name="Table">1-based index of its table among all the document's tables.</param>
/// <param name="Row">1-based row in that table; row 1 is the header.</param>
/// <param name="Section">The heading paragraph just before the table.</param>
internal sealed record RatedIndicator(IndicatorLine Line, int Table, int Row, string Section, Unit Unit, Rag Rag, bool Overridden)
{
    public string Indicator => TextNormaliser.Collapse(Line.Indicator);
}

internal static class IndicatorRating
{
    /// <summary>Places every indicator row and rates it; checks each table against the report's printed counts.</summary>
    public static IReadOnlyList<RatedIndicator> Rate(IReadOnlyList<ScriptBlock> blocks)
    {
        var rated = Place(blocks, RateOne);
        foreach (var table in rated.GroupBy(r => r.Table)) CheckCounts(table.First().Section, table.ToList());
        if (StrategicRag.Overrides.Keys.Any(k => !rated.Any(r => r.Overridden && r.Indicator == k)))
            throw new InvalidOperationException("a RAG override matched no indicator, or changed nothing");
        return rated;
    }

    /// <summary>
    /// Places every indicator row of the Performance Indicators tables: its table among all the document's
    /// tables, its row (the header is row 1) and the heading just before the table; <paramref name="rate"/> gives
    /// its unit and RAG.
    /// </summary>
    public static IReadOnlyList<RatedIndicator> Place(IReadOnlyList<ScriptBlock> blocks,
        Func<IndicatorLine, int, int, string, RatedIndicator> rate)
    {
        var rated = new List<RatedIndicator>();
        var tableIndex = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b] is FlagshipBlock or GenericTableBlock) tableIndex++;
            if (blocks[b] is not IndicatorTableBlock table) continue;
            tableIndex++;
            var heading = b > 0 && blocks[b - 1] is TextBlock { Kind: "H2" } h ? h.Text
                : throw new InvalidDataException($"script line {table.Line}: indicator table without a heading just before it");
            rated.AddRange(table.Rows.Select((line, i) => rate(line, tableIndex, i + 2, heading)));
        }
        return rated;
    }

    /// <summary>The row's unit as the contract reads it from its name and its two cells.</summary>
    public static Unit UnitOf(IndicatorLine line)
    {
        var indicator = TextNormaliser.Collapse(line.Indicator);
        return UnitOverrides.For(indicator) ?? RowUnit.Of(indicator, [TextNormaliser.Collapse(line.Target), TextNormaliser.Collapse(line.Actual)]);
    }

    private static RatedIndicator RateOne(IndicatorLine line, int table, int row, string section)
    {
        var indicator = TextNormaliser.Collapse(line.Indicator);
        var target = TextNormaliser.Collapse(line.Target);
        var actual = TextNormaliser.Collapse(line.Actual);
        var unit = UnitOf(line);
        var polarity = Vocabulary.PolarityMark(TextNormaliser.Collapse(line.Polarity))
                       ?? throw new InvalidDataException($"script line {line.Line}: no polarity glyph");
        var t = CellNumbers.Read(target).Pick(unit) ?? throw new InvalidDataException($"script line {line.Line}: target not numeric");
        var a = CellNumbers.Read(actual).Pick(unit) ?? throw new InvalidDataException($"script line {line.Line}: actual not numeric");
        var computed = StrategicRag.Compute(polarity, t.Value, a.Value);
        if (StrategicRag.Overrides.TryGetValue(indicator, out var o))
        {
            if (o.Rag == computed) throw new InvalidOperationException($"RAG override for '{indicator}' changes nothing");
            return new RatedIndicator(line, table, row, section, unit, o.Rag, true);
        }
        return new RatedIndicator(line, table, row, section, unit, computed, false);
    }

    private static void CheckCounts(string heading, IReadOnlyList<RatedIndicator> rows)
    {
        if (!StrategicRag.PrintedCounts.TryGetValue(heading, out var printed))
            throw new InvalidDataException($"no printed RAG summary for '{heading}'");
        var actual = (rows.Count(r => r.Rag == Rag.Red), rows.Count(r => r.Rag == Rag.Green), rows.Count(r => r.Rag == Rag.Amber));
        if (actual != printed || rows.Count != printed.Red + printed.Green + printed.Amber)
            throw new InvalidOperationException(
                $"{heading}: RAG colours give red/green/amber {actual}, the report prints {printed}");
    }
}
