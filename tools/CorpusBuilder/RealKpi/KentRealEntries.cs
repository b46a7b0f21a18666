using CorpusBuilder.Corpus;
using CorpusBuilder.Randomised;
using Ingest.Core.Observations;

namespace CorpusBuilder.RealKpi;

/// <summary>
/// corpus/kent-real: the layout of Kent County Council's real quarterly performance report (summary tables per
/// service area with RAG words and drawn arrows, one box per KPI, activity charts, the period on the cover),
/// rebuilt with invented indicators and figures. Nothing here is the council's data.
/// </summary>
internal static class KentRealEntries
{
    public const string Folder = "kent-real";
    public const string Layout = "kpi-report-summary-tables-and-boxes-vector-arrows";
    private const string Note = "Derived test document: the layout of the council's quarterly performance report, with invented indicators and figures that reflect no official data.";

    public static IReadOnlyList<KpiBox> Indicators { get; } =
    [
        new("Percentage of callers who rated the advisor who dealt with their call as good", "Customer Services", Polarity.Higher, 97m, 90m, 96m, true, 0, Rolling: true),
        new("Percentage of complaints responded to within 20 working days", "Customer Services", Polarity.Higher, 85m, 80m, 84m, true, 0),
        new("Percentage of daytime calls to the contact centre answered in time", "Customer Services", Polarity.Higher, 85m, 75m, 83m, true, 0),
        new("Number of calls to the contact centre", "Customer Services", Polarity.None, 0m, 0m, 42000m, false, 0, Activity: true),
        new("Percentage of routine pothole repairs completed within 28 days", "Growth, Environment and Transport", Polarity.Higher, 90m, 80m, 91m, true, 0),
        new("Percentage of municipal waste recycled or converted to energy and not taken to landfill", "Growth, Environment and Transport", Polarity.Higher, 99m, 95m, 98.4m, true, 1, Rolling: true),
        new("Average number of days to fix a streetlight fault", "Growth, Environment and Transport", Polarity.Lower, 7m, 10m, 7.4m, false, 1),
        new("Number of traffic fault reports received", "Growth, Environment and Transport", Polarity.None, 0m, 0m, 3100m, false, 0, Activity: true),
        new("Percentage of Education, Health and Care Plans issued within 20 weeks (excluding exceptions)", "Children, Young People and Education", Polarity.Higher, 60m, 50m, 52m, true, 0, Rolling: true),
        new("Percentage of social work posts filled by permanent qualified staff", "Children, Young People and Education", Polarity.Higher, 85m, 75m, 80m, true, 0),
        new("Number of children in care placed in affordable in-county placements", "Children, Young People and Education", Polarity.Higher, 900m, 850m, 880m, false, 0),
        new("Proportion of people who received short-term support and needed no further services", "Adult Social Care and Health", Polarity.Higher, 65m, 55m, 63m, true, 0),
        new("Admissions to residential and nursing care for people aged 65 and over per 100,000 population", "Adult Social Care and Health", Polarity.Lower, 140m, 160m, 151.2m, false, 1, Rolling: true),
        new("Number of new referrals to adult social care", "Adult Social Care and Health", Polarity.None, 0m, 0m, 6200m, false, 0, Activity: true),
    ];

    public static IReadOnlyList<CorpusEntry> All() =>
    [
        Entry(2024, 2, DotStyle.Shape),
        Entry(2024, 3, DotStyle.Shape),
        Entry(2024, 4, DotStyle.Picture),
    ];

    private static CorpusEntry Entry(int firstYear, int quarter, DotStyle arrows)
    {
        var period = Period.FinancialQuarter(firstYear, quarter);
        var name = $"kent-quarterly-performance-report-{period.Label.ToLowerInvariant().Replace(' ', '-').Replace('/', '-')}.docx";
        var settings = new KpiBoxSettings("kent", "Kent County Council", firstYear, quarter, Indicators, arrows, false, "kent-real", Note);
        var (content, observations, tables) = KpiBoxReport.Build(settings, name, "Carlito", 20);
        return new CorpusEntry($"{Folder}/{name}", "kent", period.Label, Layout, CorpusEntry.Derived, new DocxFile(content), observations, tables);
    }
}
