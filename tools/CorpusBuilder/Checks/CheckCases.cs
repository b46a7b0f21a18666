using Ingest.Core.Observations;

namespace CorpusBuilder.Checks;

/// <summary>
/// Two invented Harrow reports (Q2 and Q3 2023/24, derived test data) built so that each check has something
/// to find, and only that. Q2: "% of planning appeals allowed" is GREEN at 38% against a 30% ceiling (rag-vs-values,
/// red under Harrow's 5% key) and the summary sentence says 3 green, 1 amber, 1 red where the rows give 2 green, 3 red
/// (rag-summary). Q3: the park-rating series prints 0.14 after 12% and 13% (value-jump), missed bins fall from 60
/// to 45 (lower is better) under "Worsening" (direction-of-travel), and Q2's homelessness figure is 152 where the
/// Q2 report printed 140 (silent-revision). Q3's RAGs and its summary are right: a report the document checks pass.
/// The indicator names occur nowhere else in the corpus, so the cases do not disturb the real series.
/// </summary>
internal static class CheckCases
{
    public const string Streetlights = "% of streetlight faults repaired within 5 working days";
    public const string PlanningAppeals = "% of planning appeals allowed";
    public const string ParkRating = "Residents rating their local park good or very good";
    public const string MissedBins = "Missed bin collections per 100,000 collections";
    public const string Homelessness = "Number of households helped to avoid homelessness";

    public static IReadOnlyList<CheckCaseReport> Reports()
    {
        var q1 = Period.FinancialQuarter(2023, 1);
        var q2 = Period.FinancialQuarter(2023, 2);
        var q3 = Period.FinancialQuarter(2023, 3);
        return
        [
            new("harrow-checks-performance-q2-2023-24", q1, q2,
            [
                new(Streetlights, "High", new("92%", "90%", Rag.Green), new("93%", "90%", Rag.Green), "Improving"),
                new(PlanningAppeals, "Low", new("32%", "30%", Rag.Red), new("38%", "30%", Rag.Green), "Worsening"),
                new(ParkRating, "High", new("12%", "15%", Rag.Red), new("13%", "15%", Rag.Red), "Improving"),
                new(MissedBins, "Low", new("58", "50", Rag.Red), new("60", "50", Rag.Red), "Worsening"),
                new(Homelessness, "High", new("130", "150", Rag.Red), new("140", "150", Rag.Red), "Improving"),
            ],
            "Of the 5 indicators with a figure and a target this quarter, 3 are green, 1 amber and 1 red.",
            "rag-vs-values (planning appeals Q2), rag-summary"),
            new("harrow-checks-performance-q3-2023-24", q2, q3,
            [
                new(Streetlights, "High", new("93%", "90%", Rag.Green), new("94%", "90%", Rag.Green), "Improving"),
                new(PlanningAppeals, "Low", new("38%", "30%", Rag.Red), new("29%", "30%", Rag.Green), "Improving"),
                new(ParkRating, "High", new("-", "15", null), new("0.14", "15", Rag.Red), ""),
                new(MissedBins, "Low", new("60", "50", Rag.Red), new("45", "50", Rag.Green), "Worsening"),
                new(Homelessness, "High", new("152", "150", Rag.Green), new("160", "150", Rag.Green), "Improving"),
            ],
            "Of the 5 indicators with a figure and a target this quarter, 4 are green, 0 amber and 1 red.",
            "value-jump (park rating Q3), direction-of-travel (missed bins Q3), silent-revision (homelessness Q2)"),
        ];
    }
}
