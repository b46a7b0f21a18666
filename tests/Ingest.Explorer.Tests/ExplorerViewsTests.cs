using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Councils;
using Ingest.Explorer.Data;
using Ingest.Explorer.Views;
using Ingest.Store;
using Ingest.Store.Findings;

namespace Ingest.Explorer.Tests;

/// <summary>The views over data given through the explorer's own interface, as another store would give it.</summary>
public sealed class ExplorerViewsTests
{
    private static readonly IndicatorCatalogue Catalogue = IndicatorCatalogue.Parse("""
        indicators:
          - key: household-waste-recycled
            title: "Percentage of household waste sent for reuse, recycling and composting"
            unit: percent
            polarity: higher
            codes: ["NI 192"]
        """);

    private static readonly CouncilDirectory Councils = new([CouncilDirectory.Parse("""
        groups:
          - key: outer-london
            title: Outer London boroughs
        councils:
          - key: harrow
            title: London Borough of Harrow
            groups: [outer-london]
          - key: havering
            title: London Borough of Havering
            groups: [outer-london]
        """)]);

    [Fact]
    public void Compare_says_when_councils_report_an_indicator_in_different_units()
    {
        var data = new InMemoryData(
            Point("harrow", "Q1 2023/24", 38.5, "percent", 1, "% of household waste recycled"),
            Point("havering", "Q1 2023/24", 12000, "weight", 2, "Household waste recycled (tonnes)"));

        var view = new ExplorerViews(data, Catalogue, Councils).Compare("household-waste-recycled", "outer-london", null, null);

        view.Rows.Select(r => r.CouncilTitle).Should().Equal("London Borough of Harrow", "London Borough of Havering");
        view.Rows.Select(r => r.Cells.Single()!.ObservationId).Should().Equal(1, 2);
        view.Indicator.Codes.Should().Equal("NI 192");
        view.Caveats.Should().Contain(c => c.StartsWith("Units differ: percent (harrow); weight (havering)", StringComparison.Ordinal));
        view.Caveats.Should().Contain(c => c.StartsWith("Printed under different names", StringComparison.Ordinal));
    }

    [Fact]
    public void A_provisional_key_is_flagged_as_having_no_definition()
    {
        var key = "provisional:street-lights-repaired";
        var data = new InMemoryData(Point("harrow", "Q1 2023/24", 91, "percent", 7, "Street lights repaired", key));

        var view = new ExplorerViews(data, Catalogue, Councils).Compare(key, null, null, null);

        view.Indicator.Provisional.Should().BeTrue();
        view.Indicator.Title.Should().Be("Street lights repaired");
        view.Caveats.Should().Contain(c => c.StartsWith("No catalogue entry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_member_with_no_values_is_listed_as_missing()
    {
        var data = new InMemoryData(Point("harrow", "Q1 2023/24", 38.5, "percent", 1, "% of household waste recycled"));

        var view = new ExplorerViews(data, Catalogue, Councils).Compare("household-waste-recycled", "outer-london", null, null);

        view.Missing.Should().Equal("havering");
    }

    [Fact]
    public void An_unknown_group_is_refused_with_its_name()
    {
        var act = () => new ExplorerViews(new InMemoryData(), Catalogue, Councils).Compare("household-waste-recycled", "inner-london", null, null);

        act.Should().Throw<ExplorerRequestException>().WithMessage("no comparison group 'inner-london' in the councils rules");
    }

    private static (SeriesPoint Point, string Printed) Point(string council, string period, double actual, string unit, long id, string printed,
        string key = "household-waste-recycled") =>
        (new SeriesPoint(council, "", key, printed, period, "quarter", new DateOnly(2023, 4, 1), new DateOnly(2023, 6, 30), actual, null, "green", "",
            unit, council + ".pdf", 1, id, "higher"), printed);

    private sealed class InMemoryData(params (SeriesPoint Point, string Printed)[] points) : IExplorerData
    {
        public IReadOnlyList<IndicatorUsage> Indicators() => [];

        public IReadOnlyList<LoadedName> Names() =>
            points.Select(p => new LoadedName(p.Point.Council, p.Printed, p.Point.IndicatorId, "alias", 100, 1)).ToList();

        public IReadOnlyList<SeriesPoint> Series(string indicatorId, IReadOnlyCollection<string>? councils) =>
            points.Select(p => p.Point).Where(p => p.IndicatorId == indicatorId && (councils is null || councils.Contains(p.Council))).ToList();

        public ObservationDetail? Observation(long id) => null;

        public StoredDocument? Document(long id) => null;

        public IReadOnlyList<StoredFinding> Findings() => [];
    }
}
