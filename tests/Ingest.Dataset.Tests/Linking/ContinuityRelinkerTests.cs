using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Linking;

namespace Ingest.Dataset.Tests.Linking;

public sealed class ContinuityRelinkerTests
{
    private static readonly IndicatorMatcher Real = IndicatorMatcher.FromRules(RealRules.Directory);
    private static readonly ContinuityRelinker Relinker = new(Real.Linker!, Real.Settings);

    // Brent's Q3 report printed "% of FOI requests answered within 20 working days"; its Q4 report renames it
    // and repeats the Q2 and Q3 figures beside the new quarter's.
    private static readonly Dictionary<string, PrintedIndicator> Earlier = new()
    {
        ["foi-requests-within-20-working-days"] = new("% of FOI requests answered within 20 working days")
        {
            Unit = "percent",
            Values = new Dictionary<string, double> { ["Q1 2023/24"] = 91.2, ["Q2 2023/24"] = 88.0, ["Q3 2023/24"] = 93.5 },
        },
        ["complaints-responded-within-timescale"] = new("Complaints responded to within timescale")
        {
            Unit = "percent",
            Values = new Dictionary<string, double> { ["Q1 2023/24"] = 75.0, ["Q2 2023/24"] = 80.0, ["Q3 2023/24"] = 82.0 },
        },
    };

    private static List<Observation> Renamed(string name, params (int Quarter, decimal Value)[] values) =>
        values.Select(v => Observation(name, v.Quarter, v.Value, Real.Match(name).Mapping)).ToList();

    private static Observation Observation(string name, int quarter, decimal actual, IndicatorMapping mapping) => new()
    {
        Council = "brent",
        Document = "brent-q4.docx",
        Indicator = name,
        IndicatorKey = IndicatorKey.Of(name),
        Unit = Unit.Percent,
        Period = Period.FinancialQuarter(2023, quarter),
        Actual = actual,
        Mapping = mapping,
    };

    [Fact]
    public void A_renamed_series_repeating_the_earlier_reports_values_gets_the_earlier_key()
    {
        var later = Renamed("Information requests dealt with on time", (2, 88.0m), (3, 93.5m), (4, 90.1m));
        later.Should().OnlyContain(o => o.Mapping!.Method == MatchMethod.Provisional, "no catalogue name looks like it");

        var result = Relinker.Relink(later, Earlier);

        result.Observations.Should().HaveCount(3).And.OnlyContain(o =>
            o.Mapping!.Key == "foi-requests-within-20-working-days" && o.Mapping.Method == MatchMethod.Linked && o.Mapping.Score >= 90);
        result.Links.Should().ContainSingle().Which.Sure.Should().BeTrue();
    }

    [Fact]
    public void A_new_series_whose_values_differ_keeps_its_provisional_key()
    {
        var later = Renamed("Information requests dealt with on time", (2, 41.0m), (3, 12.5m), (4, 90.1m));

        var result = Relinker.Relink(later, Earlier);

        result.Observations.Should().Equal(later);
        result.Links.Should().BeEmpty();
    }

    [Fact]
    public void One_shared_period_is_listed_at_most_never_linked()
    {
        var later = Renamed("Information requests dealt with on time", (3, 93.5m), (4, 90.1m));

        var result = Relinker.Relink(later, Earlier);

        result.Observations.Should().Equal(later);
        result.Links.Should().NotContain(l => l.Sure);
    }

    [Fact]
    public void A_series_the_report_still_prints_under_its_key_is_not_taken_by_a_new_name()
    {
        var foi = Real.Match("% of FOI requests answered within 20 working days").Mapping;
        var later = Renamed("Information requests dealt with on time", (2, 88.0m), (3, 93.5m))
            .Append(Observation("% of FOI requests answered within 20 working days", 3, 93.5m, foi with { Key = "foi-requests-within-20-working-days" }))
            .ToList();

        var result = Relinker.Relink(later, Earlier);

        result.Observations.Should().Equal(later);
    }

    [Fact]
    public void Two_new_series_continuing_one_old_series_are_listed_for_a_human_and_neither_is_linked()
    {
        var later = Renamed("Information requests dealt with on time", (2, 88.0m), (3, 93.5m))
            .Concat(Renamed("Freedom of Information requests completed within 20 working days (%)", (2, 88.0m), (3, 93.5m)))
            .ToList();
        later.Should().Contain(o => o.Mapping!.Method == MatchMethod.Provisional);

        var result = Relinker.Relink(later, Earlier);

        result.Observations.Where(o => o.Indicator.StartsWith("Information", StringComparison.Ordinal))
            .Should().OnlyContain(o => o.Mapping!.Method == MatchMethod.Provisional);
        result.Links.Where(l => l.Key == "foi-requests-within-20-working-days").Should().NotBeEmpty().And.OnlyContain(l => !l.Sure);
    }

    [Fact]
    public void The_linking_store_loads_the_relinked_observations_and_keeps_the_unsure_pairs()
    {
        var inner = new RecordingStore();
        var store = new ContinuityLinkingStore(inner, new ContinuityAtLoad(Relinker, council => council == "brent" ? Earlier : new Dictionary<string, PrintedIndicator>()));
        var later = Renamed("Information requests dealt with on time", (2, 88.0m), (3, 93.5m), (4, 90.1m));

        store.SaveDocument(new DocumentLoad(new DocumentSource("q4.docx", "q4.docx", "abc", 1, "docx"), "brent", null, "Q4 2023/24", 1, later, DocumentTimings.Zero));

        inner.Loaded.Should().ContainSingle().Which.Observations.Should().OnlyContain(o => o.Mapping!.Key == "foi-requests-within-20-working-days");
        store.Links.Should().ContainSingle(l => l.Sure);
    }

    private sealed class RecordingStore : IObservationStore
    {
        public List<DocumentLoad> Loaded { get; } = [];

        public long SaveDocument(DocumentLoad load)
        {
            Loaded.Add(load);
            return Loaded.Count;
        }

        public IReadOnlySet<string> CurrentContent(string extractorVersion) => new HashSet<string>();

        public long RecordFailure(DocumentSource source, string error, DocumentTimings timings) => 0;

        public void Dispose()
        {
        }
    }
}
