using Ingest.Core.Observations;

namespace Ingest.Dataset.Tests.Checks;

/// <summary>Observations for the check tests, built the way the extractor fills them.</summary>
internal static class Obs
{
    public static Observation Row(string council, string document, string indicator, Period period, decimal? target, decimal? actual,
        Rag? rag = null, Polarity? polarity = Polarity.Higher, Unit unit = Unit.Percent, Direction? dot = null, string dotRaw = "",
        int table = 1, int row = 3, string section = "", string qualifier = "") => new()
    {
        Council = council,
        Document = document,
        Table = table,
        Row = row,
        Section = section,
        Indicator = indicator,
        IndicatorKey = IndicatorKey.Of(indicator),
        Polarity = polarity,
        Unit = unit,
        Period = period,
        Target = target,
        TargetRaw = ObservationColumns.Number(target),
        TargetQualifier = qualifier,
        Actual = actual,
        ActualRaw = ObservationColumns.Number(actual),
        Rag = rag,
        RagSource = rag is null ? null : RagSource.Colour,
        Dot = dot,
        DotRaw = dotRaw,
    };

    public static Period Q(int year, int quarter) => Period.FinancialQuarter(year, quarter);
}
