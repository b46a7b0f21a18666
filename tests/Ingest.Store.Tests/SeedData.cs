using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;

namespace Ingest.Store.Tests;

/// <summary>Observations built from rows of the seed reports (/work/shared/seeds), as the extractor would emit them.</summary>
public static class SeedData
{
    public const string HarrowScorecard = "harrow-scorecard-q1-2023-24.docx";
    public const string HaveringReport = "havering-os-performance-q1-2017-18.pdf";

    /// <summary>Seed 000: "% of customer calls successfully answered (>90% answered)", Q1 2023/24.</summary>
    public static Observation CallsAnswered(Period? period = null, int row = 4) => new()
    {
        Council = "harrow",
        Document = HarrowScorecard,
        Table = 1,
        Row = row,
        Section = "RESIDENTS FIRST > Deliver the Council's new Customer Experience strategy",
        Indicator = "% of customer calls successfully answered (>90% answered)",
        IndicatorKey = IndicatorKey.Of("% of customer calls successfully answered (>90% answered)"),
        Polarity = Polarity.Higher,
        Unit = Unit.Percent,
        Period = period ?? Period.FinancialQuarter(2023, 1),
        TargetRaw = "90%",
        Target = 90m,
        ActualRaw = "95%",
        Actual = 95m,
        Rag = Rag.Green,
        RagSource = RagSource.Text,
        Dot = Direction.Same,
        DotRaw = "Similar",
        Benchmark = "N/A",
        Owner = "Clr Stephen Greek",
    };

    /// <summary>Seed 000: "% operating time without active P1 incidents", Q4 2022/23: 99.29% with no target and a Green RAG.</summary>
    public static Observation OperatingTime() => new()
    {
        Council = "harrow",
        Document = HarrowScorecard,
        Table = 1,
        Row = 14,
        Section = "RESIDENTS FIRST > Ensure a seamless customer journey through up - to -date and connected IT",
        Indicator = "% operating time without active P1 incidents",
        IndicatorKey = IndicatorKey.Of("% operating time without active P1 incidents"),
        Polarity = Polarity.Higher,
        Unit = Unit.Percent,
        Period = Period.FinancialQuarter(2022, 4),
        TargetRaw = "-",
        ActualRaw = "99.29%",
        Actual = 99.29m,
        Rag = Rag.Green,
        RagSource = RagSource.Text,
        Benchmark = "N/A",
        Owner = "Clr Stephen Greek",
    };

    /// <summary>Seed 000: exclusions "2020-21 0.10% / 15 DfE", a multi-number cell read as 0.1 with lowered confidence.</summary>
    public static Observation Exclusions() => new()
    {
        Council = "harrow",
        Document = HarrowScorecard,
        Table = 1,
        Row = 98,
        Section = "PEOPLE",
        Indicator = "Annual rate of Secondary School Permanent exclusions as % of Harrow school population",
        IndicatorKey = IndicatorKey.Of("Annual rate of Secondary School Permanent exclusions as % of Harrow school population"),
        Polarity = Polarity.Lower,
        Unit = Unit.Percent,
        Period = Period.FinancialQuarter(2022, 1),
        TargetRaw = "0.20%",
        Target = 0.2m,
        TargetQualifier = "",
        ActualRaw = "2020-21 0.10% / 15 DfE",
        Actual = 0.1m,
        Rag = Rag.Green,
        RagSource = RagSource.Text,
        Benchmark = "2021-22 0.12% - SN 0.09% - London 0.16% - National",
        Owner = "Cllr Hitesh Karia",
        Confidence = 0.7,
    };

    /// <summary>
    /// Seed 004 (Havering, from a PDF): quotes in the indicator and commentary, commas, a page and a row box.
    /// The commentary keeps a line break on purpose: the store must not depend on text being collapsed.
    /// </summary>
    public static Observation StayingPut() => new()
    {
        Council = "havering",
        Document = HaveringReport,
        Page = 3,
        Table = 2,
        Row = 11,
        Section = "Children & Learning",
        Indicator = "% of looked after children who leave care at 18 and remain living with their foster carers (\"Staying Put\")",
        IndicatorKey = IndicatorKey.Of("% of looked after children who leave care at 18 and remain living with their foster carers (\"Staying Put\")"),
        Polarity = Polarity.Higher,
        Unit = Unit.Percent,
        Period = Period.FinancialQuarter(2017, 1),
        TargetRaw = "70%",
        Target = 70m,
        ActualRaw = "0% RED",
        Actual = 0m,
        Rag = Rag.Red,
        RagSource = RagSource.Text,
        DotRaw = "*",
        Commentary = "In Quarter 1 there have been nine cessations of 18 year olds, however none have been eligible for Staying Put.\n" +
                     "This will help to identify at an earlier stage young people who may be eligible for \"staying put\" and ensure that the appropriate conversations happen at the earliest opportunity.",
        Confidence = 0.9,
        RowBox = new BoundingBox(56.7, 312.25, 540.1, 338.9),
    };

    public static DocumentSource Source(string fileName, string sha256, string format = "docx") =>
        new(Path.Combine("corpus", fileName), fileName, sha256, 184_320, format);

    public static DocumentLoad Load(DocumentSource source, IReadOnlyList<Observation> observations, string council = "harrow") =>
        new(source, council, "Appendix 2 - Corporate Scorecard 2023-24", "Q1 2023/24", TableCount: 1, observations,
            new DocumentTimings(TimeSpan.FromMilliseconds(120), TimeSpan.FromMilliseconds(45), TimeSpan.Zero));

    public const string HarrowSha = "8efac4ebce8985b5000000000000000000000000000000000000000000000000";
    public const string HaveringSha = "550c158a54aad128000000000000000000000000000000000000000000000000";
}
