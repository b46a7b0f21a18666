using CorpusBuilder.Report;

namespace CorpusBuilder.Randomised;

/// <summary>How a RAG rating is printed: a word, a letter, only the cell's fill, a coloured bullet, or a small drawn icon.</summary>
internal enum RagStyle { Word, Letter, Fill, Bullet, Icon }

/// <summary>How a direction of travel is printed: an arrow character, a triangle character, a drawn arrow shape, or a small picture.</summary>
internal enum DotStyle { Glyph, Triangle, Shape, Picture }

/// <summary>What the document's own key says an arrow means; None prints no key.</summary>
internal enum LegendStyle { None, Performance, Value }

/// <summary>A scorecard table, or the real KPI report's summary tables and one box per KPI.</summary>
internal enum RandomLayout { Table, KpiBoxes }

/// <summary>Everything the randomiser chose for one document; <see cref="Describe"/> is its manifest layout.</summary>
internal sealed record RandomChoices(
    RandomLayout Layout,
    string Font,
    int FontHalfPoints,
    TableRules Rules,
    RagStyle Rag,
    DotStyle Dot,
    LegendStyle Legend,
    bool RagLegend,
    int PeriodGroups,
    bool TwoRowHeader,
    bool LatestFirst,
    bool NarrowHeaders,
    bool SectionRows,
    bool LongTable,
    bool RepeatHeader,
    bool PolarityColumn,
    bool Commentary,
    bool Owner)
{
    public string Describe() => Layout == RandomLayout.KpiBoxes
        ? $"random-kpi-boxes font={Slug(Font)} dot={Name(Dot)} legend={Name(Legend)}"
        : $"random-table font={Slug(Font)} rules={Name(Rules)} rag={Name(Rag)} dot={Name(Dot)} legend={Name(Legend)}"
          + $" groups={PeriodGroups}{(TwoRowHeader ? " two-row-header" : "")}{(LatestFirst ? " latest-first" : "")}"
          + $"{(NarrowHeaders ? " wrapped-headers" : "")}{(SectionRows ? " sections" : "")}{(LongTable ? (RepeatHeader ? " pages-repeat-header" : " pages") : "")}"
          + $"{(PolarityColumn ? " polarity" : "")}{(Commentary ? " commentary" : "")}{(Owner ? " owner" : "")}";

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Slug(string font) => font.Replace(' ', '-').ToLowerInvariant();
}
