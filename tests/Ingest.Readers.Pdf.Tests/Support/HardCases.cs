namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>A small PDF that is hard to read in one particular way, and the tables it must give.</summary>
internal sealed record HardCase(string Name, string What, TinyPdf Pdf, IReadOnlyList<string[][]> Tables);

/// <summary>
/// The hard cases of corpus/pdf-hard: each PDF is written here (deterministically) with the cells
/// it draws, so the expected CSVs are the drawing's own text, not anything the reader produced.
/// Values are taken from the Harrow scorecards in the seeds.
/// </summary>
internal static partial class HardCases
{
    private static readonly double[] FourColumns = [40, 260, 330, 400, 470];

    private static DrawnCell[] Row(params string[] texts) => texts.Select(t => new DrawnCell(t)).ToArray();

    private static DrawnCell[] Header(params string[] texts) => texts.Select(t => new DrawnCell(t, Bold: true)).ToArray();

    public static IReadOnlyList<HardCase> All() =>
    [
        ShortRectangleBorders(),
        HorizontalRulesOnly(),
        SpanningHeader(),
        MultiLineCells(),
        RotatedPage(),
        TwoTablesOnOnePage(),
        TableAcrossPagesMidRow(),
        Unruled(),
        .. UnruledByAlignment(),
    ];

    private static HardCase ShortRectangleBorders()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page().Text(40, 60, "Corporate Scorecard Q1 2023/24", 14, bold: true);
        var table = TableDrawer.Draw(page, 80, FourColumns,
        [
            Header("Indicator Description", "Target", "Actual", "RAG"),
            [new("% of customer calls successfully answered"), new("90%"), new("95%"), new("GREEN", Fill: "00B050")],
            [new("Average Wait Time (seconds)"), new("120"), new("147"), new("RED", Fill: "FF0000")],
            [new("Complaints answered within timescale"), new("90%"), new("95%"), new("GREEN", Fill: "00B050")],
            [new("% FOI responses within 20 working days"), new("90%"), new("94%"), new("AMBER", Fill: "FFC000")],
            [new("PM1 Average time for processing new benefits claims"), new("25"), new("22.84"), new("GREEN", Fill: "00B050")],
        ], Borders.ShortRectangles);
        return new HardCase("short-rectangle-borders", "every border drawn as runs of 7-point filled rectangles (Word's export)", pdf, [table]);
    }

    private static HardCase HorizontalRulesOnly()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595).Text(60, 50, "All figures in £m", 9);
        double[] columns = [60, 240, 300, 360, 420, 640];
        var table = TableDrawer.Draw(page, 60, columns,
        [
            Header("Key Service", "Budget", "Forecast", "Variance", "Summary"),
            Row("Adult Physical Disability -\nResidential Care Services", "24.5", "28.8", "+4.3", "Activity pressures beyond\nbudgeted levels"),
            Row("Adult Mental Health -\nResidential Care Services", "21.4", "23.7", "+2.3", "Activity pressures beyond\nbudgeted levels"),
            Row("Older People - In House\nProvision", "16.0", "18.5", "+2.5", "Service pressures on In House\nResidential Units"),
            Row("Provision for Demographic\nGrowth - Community Based\nServices", "15.8", "1.2", "-14.5", "Release of centrally held\nfunds"),
        ], Borders.RowsOnly, [false, true, true, true, false]);
        return new HardCase("horizontal-rules-only", "rules between rows only, cells of two and three lines, right-aligned figures", pdf, [table]);
    }

    private static HardCase SpanningHeader()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page();
        double[] columns = [40, 250, 310, 370, 430, 490];
        var table = TableDrawer.Draw(page, 60, columns,
        [
            [new("Indicator", RowSpan: 2, Bold: true), new("Q4 2022/23", ColumnSpan: 2, Bold: true), new("Q1 2023/24", ColumnSpan: 2, Bold: true)],
            Header("Target", "Actual", "Target", "Actual"),
            [new("CLEAN & SAFE", ColumnSpan: 5, Fill: "1F3864", Bold: true)],
            Row("% Homes with valid gas certificate", "100%", "99.8%", "100%", "100%"),
            Row("% properties in disrepair", "8%", "9%", "8%", "8%"),
            Row("Footfall in Harrow town centre", "2%", "1.5%", "2%", "2%"),
        ], Borders.Lines);
        return new HardCase("spanning-header", "a two-row header with cells spanning rows and columns, a section row spanning the table", pdf, [table]);
    }

    private static HardCase MultiLineCells()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page();
        double[] columns = [40, 200, 250, 300, 540];
        var table = TableDrawer.Draw(page, 60, columns,
        [
            Header("Indicator Description", "Target", "Actual", "Management Commentary"),
            Row("Average Wait Time (seconds)\nbefore a telephone call is\nanswered", "120", "167", "The wait time data is predominantly weighted by\nrecovery action in R&B. There are challenges within\nHousing which will be better managed once the new\nCivica CX system is implemented."),
            Row("% of customer calls\nsuccessfully answered", "90%", "95%", ""),
            Row("Number of households in\ntemporary accommodation", "-", "1,257", "Numbers remain high due to the cost of living\nand the shortage of affordable housing."),
        ], Borders.Lines);
        return new HardCase("multi-line-cells", "cells wrapped over two to four lines, one empty cell", pdf, [table]);
    }

    private static HardCase RotatedPage()
    {
        var pdf = new TinyPdf();
        // The page is turned a quarter when displayed: the table reads sideways on screen.
        var page = pdf.Page(595, 842, rotate: 90).Text(40, 50, "Performance Indicators - Clean and Safe Q2", 12, bold: true);
        var table = TableDrawer.Draw(page, 70, FourColumns,
        [
            Header("Indicator Description", "Polarity", "Target", "Actual"),
            Row("Rate of serious violence offences", "Low", "8.8", "7.6"),
            Row("% of domestic properties with EICR", "High", "37%", "45%"),
            Row("% of homes not meeting Decent Homes", "Low", "12%", "12%"),
        ], Borders.Lines);
        return new HardCase("rotated-page", "a page with /Rotate 90 (its table is read turned back upright)", pdf, [table]);
    }

    private static HardCase TwoTablesOnOnePage()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page().Text(40, 60, "Flagship Actions - Clean and Safe", 12, bold: true);
        double[] two = [40, 120, 520];
        var first = TableDrawer.Draw(page, 75, two,
        [
            [new("COMPLETED", ColumnSpan: 2, Fill: "0070C0", Bold: true)],
            Row("Q2", "Ensure good quality open spaces through the reaccreditation of green flag parks"),
            Row("Q2", "Hold at least 4 weeks of action on anti-social behaviour and fly tipping"),
        ], Borders.Lines);
        page.Text(40, 75 + 3 * 17 + 40, "Performance Indicators - Clean and Safe Q2", 12, bold: true);
        var second = TableDrawer.Draw(page, 75 + 3 * 17 + 55, FourColumns,
        [
            Header("Indicator Description", "Target", "Actual", "RAG"),
            Row("% Homes with valid gas certificate", "100%", "100%", "GREEN"),
            Row("% properties in disrepair", "8%", "8%", "GREEN"),
        ], Borders.Lines);
        return new HardCase("two-tables-one-page", "two ruled tables with a heading between them", pdf, [first, second]);
    }

    private static HardCase TableAcrossPagesMidRow()
    {
        var pdf = new TinyPdf();
        double[] columns = [40, 260, 330, 400, 470];
        var header = Header("Indicator Description", "Target", "Actual", "RAG");
        var first = pdf.Page().Text(40, 60, "Corporate Scorecard 2023-24", 14, bold: true);
        var top = 80.0;
        var before = new[]
        {
            header,
            Row("% of customer calls successfully answered", "90%", "95%", "GREEN"),
            Row("Complaints answered within timescale", "90%", "95%", "GREEN"),
            // Cut by the page break: two lines of the indicator fit, the third goes over.
            Row("PM1 Average time for processing\nnew benefits claims, including", "25", "22.84", "GREEN"),
        };
        TableDrawer.Draw(first, top, columns, before, Borders.Lines);
        var second = pdf.Page();
        var after = new[]
        {
            header,
            Row("changes of circumstances (days)", "", "", ""),
            Row("Self service as a proportion of overall contact", "95%", "95.80%", "GREEN"),
            Row("% operating time without active P1 incidents", "99.50%", "99.12%", "AMBER"),
        };
        TableDrawer.Draw(second, 50, columns, after, Borders.Lines);
        string[][] expected =
        [
            ["Indicator Description", "Target", "Actual", "RAG"],
            ["% of customer calls successfully answered", "90%", "95%", "GREEN"],
            ["Complaints answered within timescale", "90%", "95%", "GREEN"],
            ["PM1 Average time for processing new benefits claims, including changes of circumstances (days)", "25", "22.84", "GREEN"],
            ["Self service as a proportion of overall contact", "95%", "95.80%", "GREEN"],
            ["% operating time without active P1 incidents", "99.50%", "99.12%", "AMBER"],
        ];
        return new HardCase("table-across-pages-mid-row", "a table continued on the next page under a repeated header, its last row cut by the break", pdf, [expected]);
    }

    private static HardCase Unruled()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page().Text(40, 60, "Table 3: Households in temporary accommodation", 11, bold: true);
        double[] columns = [40, 250, 330, 410, 490];
        var table = TableDrawer.Draw(page, 75, columns,
        [
            Header("Borough", "2021-22", "2022-23", "2023-24"),
            Row("Harrow", "1,106", "1,190", "1,257"),
            Row("Havering", "652", "731", "806"),
            Row("Barnet", "2,419", "2,387", "2,512"),
            Row("Brent", "2,985", "3,066", "3,120"),
            Row("Hillingdon", "748", "803", "866"),
            Row("Kingston upon Thames", "564", "602", "655"),
        ], Borders.None, [false, true, true, true]);
        page.Text(40, 75 + 7 * 17 + 20, "Source: DLUHC statutory homelessness statistics.", 8);
        return new HardCase("unruled", "no lines at all: columns from alignment, figures right-aligned, a bold header", pdf, [table]);
    }
}
