using System.Globalization;
using Ingest.Core.Observations;

namespace CorpusBuilder.Randomised;

/// <summary>How an invented indicator's figures are printed.</summary>
internal enum FigureKind { Percent, Count, Days, Pounds, Rate }

/// <summary>
/// An invented indicator (test data, not any council's): a real-looking name full of words that ligature fonts
/// print with fi, fl, ff and ffi glyphs, which way is good, how its figures print and where they lie.
/// </summary>
internal sealed record InventedIndicator(string Name, FigureKind Kind, Polarity Polarity, decimal Low, decimal High)
{
    public int Decimals => Kind switch
    {
        FigureKind.Percent or FigureKind.Days or FigureKind.Rate => 1,
        _ => 0,
    };

    /// <summary>The figure as a report prints it: "87.5%", "1,204", "6.5", "£2.4m", "£412k".</summary>
    public string Print(decimal value) => Kind switch
    {
        FigureKind.Percent => Number(value, 1) + "%",
        FigureKind.Count => Math.Round(value, 0).ToString("#,0", CultureInfo.InvariantCulture),
        FigureKind.Pounds => value >= 1_000_000m
            ? "£" + (value / 1_000_000m).ToString("0.0", CultureInfo.InvariantCulture) + "m"
            : "£" + (value / 1_000m).ToString("0", CultureInfo.InvariantCulture) + "k",
        _ => Number(value, 1),
    };

    /// <summary>The value the printed figure stands for (what the gold file holds), rounded as printed.</summary>
    public decimal Rounded(decimal value) => Kind switch
    {
        FigureKind.Count => Math.Round(value, 0, MidpointRounding.AwayFromZero),
        FigureKind.Pounds => value >= 1_000_000m
            ? Math.Round(value / 1_000_000m, 1, MidpointRounding.AwayFromZero) * 1_000_000m
            : Math.Round(value / 1_000m, 0, MidpointRounding.AwayFromZero) * 1_000m,
        _ => Math.Round(value, 1, MidpointRounding.AwayFromZero),
    };

    private static string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>The invented indicators a random scorecard draws from, with the sections they sit under.</summary>
internal static class InventedIndicators
{
    public static IReadOnlyList<(string Section, IReadOnlyList<InventedIndicator> Indicators)> BySection { get; } =
    [
        ("Housing and Benefits", [
            new("Percentage of new Housing Benefit claims verified within 14 days", FigureKind.Percent, Polarity.Higher, 70m, 99m),
            new("Average time to process Housing Benefit change of circumstances (days)", FigureKind.Days, Polarity.Lower, 3m, 20m),
            new("Number of affordable homes completed", FigureKind.Count, Polarity.Higher, 40m, 600m),
            new("Number of households in temporary accommodation", FigureKind.Count, Polarity.Lower, 300m, 2400m),
            new("Percentage of affordable housing offers accepted first time", FigureKind.Percent, Polarity.Higher, 55m, 95m),
            new("Value of Housing Benefit overpayments recovered (£)", FigureKind.Pounds, Polarity.Higher, 150_000m, 900_000m),
        ]),
        ("Finance and Efficiency", [
            new("Efficiency savings delivered in year (£)", FigureKind.Pounds, Polarity.Higher, 1_200_000m, 9_000_000m),
            new("Percentage of official invoices paid within 30 days", FigureKind.Percent, Polarity.Higher, 80m, 99m),
            new("Office accommodation running costs (£)", FigureKind.Pounds, Polarity.Lower, 1_500_000m, 6_000_000m),
            new("Percentage of business rates collected by the efficient direct debit route", FigureKind.Percent, Polarity.Higher, 50m, 90m),
            new("Percentage of financial assessments finalised within 10 working days", FigureKind.Percent, Polarity.Higher, 60m, 98m),
        ]),
        ("Traffic and Highways", [
            new("Percentage of traffic signal faults fixed within 24 hours", FigureKind.Percent, Polarity.Higher, 75m, 99m),
            new("Average number of days to fix a traffic light fault", FigureKind.Days, Polarity.Lower, 1m, 9m),
            new("Traffic collisions resulting in injury per 100,000 residents", FigureKind.Rate, Polarity.Lower, 20m, 90m),
            new("Percentage of fly-tipping incidents cleared within 5 working days", FigureKind.Percent, Polarity.Higher, 70m, 99m),
            new("Number of fly-tips reported by residents", FigureKind.Count, Polarity.Lower, 200m, 3500m),
        ]),
        ("Staff and Workforce", [
            new("Average number of days lost to staff sickness per full-time employee", FigureKind.Days, Polarity.Lower, 4m, 12m),
            new("Percentage of staff appraisals completed and verified", FigureKind.Percent, Polarity.Higher, 60m, 98m),
            new("Number of difficult-to-fill posts filled by permanent staff", FigureKind.Count, Polarity.Higher, 10m, 160m),
            new("Staff turnover per 1,000 employees", FigureKind.Rate, Polarity.Lower, 60m, 180m),
            new("Percentage of office staff with a completed profile on the staff portal", FigureKind.Percent, Polarity.Higher, 50m, 99m),
        ]),
        ("Customer Services", [
            new("Percentage of official complaints resolved at the first stage", FigureKind.Percent, Polarity.Higher, 60m, 97m),
            new("Percentage of calls to the front office answered in 60 seconds", FigureKind.Percent, Polarity.Higher, 55m, 95m),
            new("Number of enquiries resolved by the self-service profile", FigureKind.Count, Polarity.Higher, 2_000m, 45_000m),
            new("Percentage of customers satisfied with the efficiency of the service", FigureKind.Percent, Polarity.Higher, 60m, 95m),
        ]),
        ("Adults and Children", [
            new("Percentage of care staff with verified safeguarding qualifications", FigureKind.Percent, Polarity.Higher, 70m, 99m),
            new("Percentage of referrals to children's social care that were re-referrals", FigureKind.Percent, Polarity.Lower, 10m, 30m),
            new("Number of families supported by the Family Hub outreach offer", FigureKind.Count, Polarity.Higher, 150m, 2_500m),
            new("Average time from referral to first assessment for affordable care packages (days)", FigureKind.Days, Polarity.Lower, 5m, 40m),
            new("Percentage of young people in care in suitable accommodation (fit for purpose)", FigureKind.Percent, Polarity.Higher, 75m, 99m),
        ]),
    ];
}
