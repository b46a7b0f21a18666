using Ingest.Core.Observations;

namespace CorpusBuilder.KpiBlocks;

/// <summary>One KPI of the block report: its printed reference and name, its directorate, which way is good,
/// its target and floor standard (the year's, every quarter), and where its generated series starts.</summary>
/// <param name="Decimals">Decimals the figures are printed with.</param>
/// <param name="Percent">Figures are printed with a % sign.</param>
internal sealed record KpiBlockIndicator(
    string Ref,
    string Name,
    string Section,
    Polarity Polarity,
    decimal Target,
    decimal Floor,
    decimal Start,
    int Decimals,
    bool Percent);

/// <summary>The twelve KPIs (invented test indicators in the style of a county council's report), by directorate.</summary>
internal static class KpiBlockIndicators
{
    public static IReadOnlyList<KpiBlockIndicator> All { get; } =
    [
        new("CS01", "Percentage of callers who rated the advisor who dealt with their call as good", "Customer Services", Polarity.Higher, 97m, 90m, 96m, 0, true),
        new("CS02", "Percentage of daytime calls answered by the contact centre", "Customer Services", Polarity.Higher, 85m, 80m, 83m, 0, true),
        new("CS03", "Percentage of complaints responded to within timescale", "Customer Services", Polarity.Higher, 85m, 80m, 86m, 0, true),
        new("GET01", "Percentage of routine highway repairs completed within 28 days", "Growth, Environment and Transport", Polarity.Higher, 90m, 80m, 91m, 0, true),
        new("GET02", "Percentage of municipal waste diverted from landfill", "Growth, Environment and Transport", Polarity.Higher, 99m, 95m, 98.6m, 1, true),
        new("GET03", "Average number of days to repair a streetlight fault", "Growth, Environment and Transport", Polarity.Lower, 7m, 10m, 7.4m, 1, false),
        new("CYPE01", "Percentage of Education, Health and Care Plans issued within 20 weeks", "Children, Young People and Education", Polarity.Higher, 50m, 40m, 44m, 0, true),
        new("CYPE02", "Number of children in care placed out of county", "Children, Young People and Education", Polarity.Lower, 120m, 150m, 131m, 0, false),
        new("CYPE03", "Percentage of case holding posts filled by permanent qualified social workers", "Children, Young People and Education", Polarity.Higher, 85m, 75m, 78m, 0, true),
        new("ASCH01", "Proportion of people who received short-term services with no further support needed", "Adult Social Care and Health", Polarity.Higher, 65m, 55m, 63m, 0, true),
        new("ASCH02", "Admissions to permanent residential and nursing care for people aged 65 and over per 100,000", "Adult Social Care and Health", Polarity.Lower, 140m, 160m, 151.2m, 1, false),
        new("ASCH03", "Percentage of care needs assessments completed within 28 days", "Adult Social Care and Health", Polarity.Higher, 70m, 60m, 58m, 0, true),
    ];
}
