namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>
/// Unruled tables whose columns only alignment shows: figures one space apart, ragged right edges,
/// centred headers, blank cells, and phrases that line up without being columns. Figures are
/// invented in the shape of the public statistical and council tables where gaps alone fail.
/// </summary>
internal static partial class HardCases
{
    /// <summary>One space of 9-point Helvetica.</summary>
    private const double OneSpace = 2.5;

    private static IEnumerable<HardCase> UnruledByAlignment() =>
    [
        NumbersOneSpaceApart(),
        MultiWordNamesBeforeTightNumbers(),
        CentredHeadersOverFigures(),
        BlankCellsInTightColumns(),
        RaggedRightCommentary(),
        SignedPercentages(),
        MoneyWithTotalRow(),
        LeftAlignedStatusColumn(),
        TwoLineHeaderOverTightFigures(),
        RepeatedPhrasesAreNotColumns(),
        WideAndTightGapsTogether(),
        WordEndsAlignedInsideNames(),
    ];

    private static HardCase Tight(string name, string what, string title, DrawnCell[][] rows, double gap = OneSpace,
        IReadOnlyList<bool>? centred = null, string? note = null)
    {
        var pdf = new TinyPdf();
        var page = pdf.Page().Text(40, 60, title, 11, bold: true);
        var columns = TableDrawer.TightColumns(40, rows, gap);
        var right = Enumerable.Range(0, columns.Length - 1).Select(c => c > 0).ToArray();
        var table = TableDrawer.Draw(page, 75, columns, rows, Borders.None, right, centred);
        if (note is not null) page.Text(40, 75 + TableDrawer.Height(rows) + 20, note, 8);
        return new HardCase(name, what, pdf, [table]);
    }

    private static HardCase NumbersOneSpaceApart() => Tight("aligned-numbers-one-space-apart",
        "figures right-aligned in columns one space apart: each is its own cell because the rows align them",
        "Table 2: Satisfaction with local services, by country (%)",
        [
            Header("Country", "Yes", "No", "Unsure", "Sample"),
            Row("Austria", "86.2", "13.8", "0", "3,375"),
            Row("Belgium", "79.4", "20.1", "0.5", "4,102"),
            Row("Denmark", "91.0", "8.7", "0.3", "2,918"),
            Row("Finland", "88.5", "10.9", "0.6", "2,407"),
            Row("Ireland", "74.8", "24.0", "1.2", "3,061"),
            Row("Portugal", "69.3", "29.9", "0.8", "3,544"),
        ], note: "Source: invented survey figures.");

    private static HardCase MultiWordNamesBeforeTightNumbers() => Tight("aligned-multi-word-names",
        "names of several words (whose spaces line up with nothing) one space before right-aligned figures",
        "Households in temporary accommodation",
        [
            Header("Borough", "2022-23", "2023-24"),
            Row("Kingston upon Thames", "602", "655"),
            Row("Harrow", "1,190", "1,257"),
            Row("Richmond upon Thames", "318", "341"),
            Row("Barking and Dagenham", "1,844", "1,902"),
            Row("Brent", "3,066", "3,120"),
            Row("Hammersmith and Fulham", "1,211", "1,187"),
        ]);

    private static HardCase CentredHeadersOverFigures()
    {
        DrawnCell[][] rows =
        [
            Header("Indicator", "Target 2023/24", "Outturn Q1", "Outturn Q2"),
            Row("Council tax collected (%)", "97.0", "28.4", "55.9"),
            Row("Business rates collected (%)", "98.5", "31.0", "58.7"),
            Row("Days to process benefit changes", "8", "6.2", "7.9"),
            Row("Invoices paid within 30 days (%)", "95.0", "93.1", "96.4"),
        ];
        return Tight("aligned-centred-headers", "headers centred over right-aligned figures, wider than the figures",
            "Finance indicators", rows, gap: 12, centred: [false, true, true, true]);
    }

    private static HardCase BlankCellsInTightColumns() => Tight("aligned-blank-cells",
        "figures one space apart with cells left blank: a missing value is an empty cell, not a shift left",
        "Quarterly returns",
        [
            Header("Service", "Q1", "Q2", "Q3", "Q4"),
            Row("Libraries", "41.2", "40.8", "", "39.9"),
            Row("Leisure centres", "55.0", "", "57.3", "58.1"),
            Row("Parks", "12.6", "13.4", "14.0", ""),
            Row("Museums", "", "7.7", "8.1", "8.3"),
            Row("Theatres", "22.9", "23.5", "21.8", "24.6"),
        ]);

    private static HardCase RaggedRightCommentary()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595).Text(40, 50, "Performance commentary", 11, bold: true);
        double[] columns = [40, 250, 300, 350, 780];
        var table = TableDrawer.Draw(page, 65, columns,
        [
            Header("Measure", "Target", "Actual", "Comment"),
            Row("Missed bin collections per 100,000", "60", "48", "Better than target."),
            Row("Fly-tipping incidents removed in 2 days (%)", "95", "91", "Staff shortages in August affected clearance."),
            Row("Streets below litter standard (%)", "4", "3", "On track."),
            Row("Household waste recycled (%)", "45", "41.7", "Garden waste tonnage lower after a dry summer; campaign planned."),
        ], Borders.None, [false, true, true, false]);
        return new HardCase("aligned-ragged-right-commentary", "a last column of left-aligned commentary with ragged right edges", pdf, [table]);
    }

    private static HardCase SignedPercentages() => Tight("aligned-signed-percentages",
        "signed percentage changes one space apart",
        "Change on the previous year",
        [
            Header("Area", "Q1", "Q2", "Q3"),
            Row("North", "-2.1%", "+0.4%", "+1.8%"),
            Row("South", "+3.6%", "-0.9%", "-1.2%"),
            Row("East", "0.0%", "+2.2%", "-4.5%"),
            Row("West", "-0.7%", "-1.1%", "+0.3%"),
        ]);

    private static HardCase MoneyWithTotalRow() => Tight("aligned-money-total-row",
        "money columns one space apart and a bold total row",
        "Budget monitoring (thousands of pounds)",
        [
            Header("Directorate", "Budget", "Forecast", "Variance"),
            Row("Adults", "104,212", "107,950", "3,738"),
            Row("Children", "88,460", "91,002", "2,542"),
            Row("Place", "41,305", "40,117", "-1,188"),
            Row("Resources", "29,870", "29,541", "-329"),
            [new("Total", Bold: true), new("263,847", Bold: true), new("268,610", Bold: true), new("4,763", Bold: true)],
        ]);

    private static HardCase LeftAlignedStatusColumn()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page().Text(40, 60, "Project status", 11, bold: true);
        // Names end at different places; the status words start one space after the longest, on one line.
        DrawnCell[][] rows =
        [
            Header("Project", "Status", "Owner"),
            Row("Library refurbishment", "Green", "Culture"),
            Row("New waste depot", "Amber", "Environment"),
            Row("Housing repairs contract retender", "Red", "Housing"),
            Row("Digital customer portal", "Green", "Customer Services"),
        ];
        var first = rows.Max(r => TableDrawer.Width(r[0].Text, r[0].Bold));
        var second = rows.Max(r => TableDrawer.Width(r[1].Text, r[1].Bold));
        double[] columns = [40, 40 + first + OneSpace, 40 + first + second + 2 * OneSpace, 40 + first + second + 2 * OneSpace + 120];
        var table = TableDrawer.Draw(page, 75, columns, rows, Borders.None);
        return new HardCase("aligned-left-aligned-status", "left-aligned text columns one space apart, the later ones starting on one line",
            pdf, [table]);
    }

    private static HardCase TwoLineHeaderOverTightFigures() => Tight("aligned-two-line-header",
        "a bold header of two lines over figures one space apart",
        "Sickness absence",
        [
            Header("Directorate", "Days lost\nper FTE", "Target\ndays", "Staff\nnumber"),
            Row("Adults", "11.2", "8.5", "1,204"),
            Row("Children", "9.8", "8.5", "1,530"),
            Row("Place", "7.4", "8.5", "862"),
            Row("Resources", "6.1", "8.5", "740"),
        ]);

    /// <summary>
    /// "Average time" and "Total number" are equally wide in Helvetica, so every name's second word ends on one line
    /// and the names share a one-space gutter after it, with the words either side varying: seed 3535's Havering,
    /// whose "Percentage" and "Number of" did the same in Liberation Serif, had every name cut in two there.
    /// </summary>
    private static HardCase WordEndsAlignedInsideNames() => Tight("aligned-word-ends-inside-names",
        "names whose second words happen to end on one line: the phrase runs on in lower case, so it is no gutter",
        "Housing performance",
        [
            Header("Indicator", "Target", "Actual"),
            Row("Average time to process new claims (days)", "12", "10.4"),
            Row("Total number of households in temporary accommodation", "1,250", "1,190"),
            Row("Average time to relet council homes (days)", "28", "31.5"),
            Row("Total number of affordable homes completed", "600", "565"),
            Row("Average time to answer calls (seconds)", "90", "84"),
        ], gap: 12);

    private static HardCase RepeatedPhrasesAreNotColumns()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page().Text(40, 60, "Actions", 11, bold: true);
        double[] columns = [40, 200, 300, 360];
        var table = TableDrawer.Draw(page, 75, columns,
        [
            Header("Action", "Progress", "Year"),
            Row("Review lettings policy", "Not started", "2024"),
            Row("Procure new fleet", "Not known", "2025"),
            Row("Open family hub", "Not started", "2024"),
            Row("Publish estates strategy", "Not known", "2025"),
        ], Borders.None, [false, false, true]);
        return new HardCase("aligned-repeated-phrases", "a phrase repeated down a column lines up but is one cell", pdf, [table]);
    }

    private static HardCase WideAndTightGapsTogether()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595).Text(40, 50, "Recycling rates by quarter (%)", 11, bold: true);
        DrawnCell[][] rows =
        [
            Header("District", "Q1", "Q2", "Q3", "Q4", "Year"),
            Row("Ashford", "44.1", "46.0", "43.2", "41.9", "43.8"),
            Row("Canterbury", "47.3", "49.8", "46.1", "44.0", "46.8"),
            Row("Dartford", "38.2", "39.5", "37.0", "35.6", "37.6"),
            Row("Maidstone", "45.0", "47.7", "44.9", "42.3", "45.0"),
        ];
        var tight = TableDrawer.TightColumns(40, rows, OneSpace);
        // The year's figure stands well apart from the quarters.
        var columns = tight.Select((x, i) => i == tight.Length - 1 ? x + 60 : x).ToArray();
        var table = TableDrawer.Draw(page, 65, columns, rows, Borders.None, [false, true, true, true, true, true]);
        return new HardCase("aligned-wide-and-tight-gaps", "quarters one space apart and a year column far to the right", pdf, [table]);
    }
}
