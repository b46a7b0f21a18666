using FluentAssertions;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// Rows of unruled tables whose cells wrap: the wrapped lines belong to their row, wherever they fall,
/// and do not end the table.
/// </summary>
public sealed class UnruledRowTests
{
    private static readonly double[] Columns = [40, 230, 290, 350, 560];

    private static DrawnCell[] Row(string name, string actual, string target, string comment) =>
        [new(name), new(actual), new(target), new(comment)];

    private static DrawnCell[] Header =>
        [new("Measure", Bold: true), new("Actual", Bold: true), new("Target", Bold: true), new("Commentary", Bold: true)];

    [Fact]
    public void A_unit_wrapped_under_a_name_beside_a_wrapped_comment_does_not_end_the_table()
    {
        // "(£)" on a line of its own chunk, like a list's "(a)" marker: the line is still a row's second line.
        DrawnCell[][] rows =
        [
            Header,
            Row("Value of overpayments recovered\n(£)", "£208k", "£158k", "The new desk cleared the\nbacklog this quarter."),
            Row("Days to process a change of address", "19.2", "17.2", "Demand was higher than forecast."),
            Row("Fly-tips cleared within 5 working days", "89.9%", "94%", "Staff shortages in the team."),
            Row("Staff appraisals completed", "91.5%", "84%", "On track."),
        ];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 80, Columns, rows, Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.RowCount.Should().Be(5);
        table.TextAt(1, 0).Should().Be("Value of overpayments recovered (£)");
        table.TextAt(1, 3).Should().Be("The new desk cleared the backlog this quarter.");
        table.TextAt(4, 0).Should().Be("Staff appraisals completed");
    }

    [Fact]
    public void An_arrow_drawn_taller_than_its_rows_first_line_belongs_to_that_row_not_the_one_above()
    {
        // Lines 12.2 pt apart, as a word processor sets 10-point text; each row's direction-of-travel arrow is a
        // filled shape on the row's first line: a short wide "→" starts above that line, a tall "↓" stands on it.
        var pdf = new TinyPdf();
        var page = pdf.Page();
        page.Text(40, 100, "Customer Services KPIs", 10, bold: true).Text(300, 100, "Latest", 10, bold: true)
            .Text(370, 100, "Previous", 10, bold: true).Text(470, 100, "DoT", 10, bold: true);
        string[][] rows =
        [
            ["Percentage of callers who rated the advisor", "as good", "AMBER", "AMBER"],
            ["Percentage of complaints responded to within", "20 working days", "AMBER", "AMBER"],
            ["Percentage of daytime calls answered in time", "at the contact centre", "GREEN", "GREEN"],
        ];
        var baseline = 100.0;
        foreach (var row in rows)
        {
            baseline += 12.2;
            page.Text(40, baseline, row[0], 10).Text(300, baseline, row[2], 10).Text(370, baseline, row[3], 10)
                .Text(40, baseline + 12.2, row[1], 10);
            var top = baseline - 9.5;
            if (row[2] == "GREEN")
                page.Polygon([(471.6, top + 1), (474.8, top + 1), (474.8, top + 6.9), (476.4, top + 6.9), (473.2, top + 10), (470, top + 6.9), (471.6, top + 6.9)], "404040");
            else
                page.Polygon([(470, top + 1.6), (475.9, top + 1.6), (475.9, top), (479.1, top + 3.2), (475.9, top + 6.4), (475.9, top + 4.8), (470, top + 4.8)], "404040");
            baseline += 12.2;
        }

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.RowCount.Should().Be(4);
        table.TextAt(0, 3).Should().Be("DoT");
        table.TextAt(1, 0).Should().Be("Percentage of callers who rated the advisor as good");
        table.TextAt(1, 3).Should().Be("→");
        table.TextAt(2, 0).Should().Be("Percentage of complaints responded to within 20 working days");
        table.TextAt(2, 3).Should().Be("→");
        table.TextAt(3, 3).Should().Be("↓");
    }

    [Fact]
    public void Figures_broken_in_a_narrow_unruled_column_far_from_its_neighbour_are_joined()
    {
        // Rules between rows only. A column only as wide as "84.9": every figure's "%" goes below it. The
        // column's edges lie in the gutters, far from its text, so only the column's own widest line says the
        // line was full.
        var pdf = new TinyPdf();
        var page = pdf.Page();
        for (var y = 88.0; y < 200; y += y == 88 ? 16 : 28) page.Line(40, y, 500, y, 0.5, "808080");
        page.Text(40, 100, "Indicator", 9, bold: true).Text(330, 100, "Q2", 9, bold: true).Text(420, 100, "Year", 9, bold: true);
        string[][] rows = [["Claims verified within 14 days", "84.9", "2022"], ["Offers accepted first time", "79.1", "2021"], ["Invoices paid within 30 days", "95.5", "2022"]];
        var baseline = 100.0;
        foreach (var row in rows)
        {
            baseline += 17;
            page.Text(40, baseline, row[0], 9).Text(330, baseline, row[1], 9).Text(330, baseline + 11, "%", 9)
                .Text(420, baseline, row[2], 9).Text(420, baseline + 11, "/23", 9);
            baseline += 11;
        }

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.RowCount.Should().Be(4);
        table.TextAt(1, 1).Should().Be("84.9%");
        table.TextAt(3, 1).Should().Be("95.5%");
        table.TextAt(2, 2).Should().Be("2021/23");
    }

    [Fact]
    public void The_last_line_of_the_last_rows_comment_stays_in_the_table()
    {
        DrawnCell[][] rows =
        [
            Header,
            Row("Days to process a change of address", "19.2", "17.2", "Demand was higher than forecast."),
            Row("Fly-tips cleared within 5 working days", "89.9%", "94%", "Staff shortages in the team."),
            Row("Staff appraisals completed", "91.5%", "84%", "Difficulties filling posts slowed\nverification; overflow staff are\nbeing trained."),
        ];
        var pdf = new TinyPdf();
        var page = pdf.Page();
        TableDrawer.Draw(page, 80, Columns, rows, Borders.None);
        page.Text(40, 80 + TableDrawer.Height(rows) + 30, "RAG: Green = on or better than target; Red = more than 5% off target.", 9);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.TextAt(3, 3).Should().Be("Difficulties filling posts slowed verification; overflow staff are being trained.");
    }

    [Fact]
    public void A_comment_line_reaching_further_right_than_any_before_it_does_not_end_the_table()
    {
        // Its wrapped lines are single chunks, so they join the table only as lines inside it.
        DrawnCell[][] rows =
        [
            Header,
            Row("Days to process a change of address", "19.2", "17.2", "On track."),
            Row("Fly-tips cleared within 5 working days", "89.9%", "94%", "Demand was higher than forecast;\nthe efficiency programme will offset this by the\nfinal quarter."),
            Row("Staff appraisals completed", "91.5%", "84%", "On track."),
            Row("Traffic light faults fixed in 24 hours", "83.9%", "82%", "On track."),
        ];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 80, Columns, rows, Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.RowCount.Should().Be(5);
        table.TextAt(2, 3).Should().Be("Demand was higher than forecast; the efficiency programme will offset this by the final quarter.");
        table.TextAt(4, 0).Should().Be("Traffic light faults fixed in 24 hours");
    }

    [Fact]
    public void A_figure_wrapped_in_a_narrow_column_is_one_figure()
    {
        // "30,2" / "14" and "134." / "5": no figure ends so; "2021" / "22" (two figures) is not joined by this.
        DrawnCell[][] rows =
        [
            [new("Measure", Bold: true), new("Out", Bold: true), new("Target", Bold: true), new("Commentary", Bold: true)],
            Row("Enquiries resolved by the self-service profile", "30,2\n14", "31,030", "On track."),
            Row("Staff turnover per 1,000 employees", "134.\n5", "129.4", "On track."),
            Row("Fly-tips cleared within 5 working days", "89.9", "94", "Staff shortages."),
            Row("Staff appraisals completed", "91.5", "84", "On track."),
        ];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 80, [40, 250, 280, 350, 560], rows, Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.TextAt(1, 1).Should().Be("30,214");
        table.TextAt(2, 1).Should().Be("134.5");
    }

    [Fact]
    public void A_section_heading_last_on_the_page_stays_in_the_table_that_goes_on_overleaf()
    {
        DrawnCell[] Section(string name) => [new(name, ColumnSpan: 4, Bold: true)];
        DrawnCell[][] first =
        [
            Header,
            Section("Housing and Benefits"),
            Row("Days to process a change of address", "19.2", "17.2", "On track."),
            Row("Fly-tips cleared within 5 working days", "89.9%", "94%", "Staff shortages."),
            Row("Staff appraisals completed", "91.5%", "84%", "On track."),
            Section("Customer Services"),
        ];
        DrawnCell[][] second =
        [
            Row("Calls answered in 60 seconds", "88.0%", "85%", "On track."),
            Row("Complaints resolved at the first stage", "73.0%", "69%", "On track."),
            Row("Customers satisfied with the service", "64.9%", "68%", "Demand was higher."),
        ];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 842 - 40 - TableDrawer.Height(first), Columns, first, Borders.None);
        TableDrawer.Draw(pdf.Page(), 40, Columns, second, Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        Enumerable.Range(0, table.RowCount).Select(r => table.TextAt(r, 0)).Should().ContainInOrder(
            "Staff appraisals completed", "Customer Services", "Calls answered in 60 seconds");
    }

    [Fact]
    public void A_header_repeated_at_the_top_of_later_pages_is_no_running_header()
    {
        // Pages 2 and 3 print the table's bold header at the same place, as a running header recurs; the
        // council's name above it, on every page and not bold, is the running header.
        string[] services = ["Housing", "Waste", "Roads", "Parks", "Libraries", "Planning", "Benefits", "Licensing", "Leisure", "Schools", "Transport", "Care"];
        var pdf = new TinyPdf();
        for (var p = 0; p < 3; p++)
        {
            var page = pdf.Page();
            page.Text(40, 24, "Powys County Council", 8);
            DrawnCell[][] rows =
            [
                Header,
                .. Enumerable.Range(0, 4).Select(i => Row($"{services[4 * p + i]} indicator", $"{60 + i}%", $"{62 + i}%", "On track.")),
            ];
            TableDrawer.Draw(page, p == 0 ? 120 : 40, Columns, rows, Borders.None);
        }

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        var names = Enumerable.Range(0, table.RowCount).Select(r => table.TextAt(r, 0)).ToList();
        names.Where(n => n.EndsWith(" indicator")).Should().HaveCount(12);
        names.Should().NotContain(n => n.Contains("Powys"));
        // Read, not dropped: repeated rows of a header are known as such (a wrapped one, partly dropped, was
        // taken for the rest of a row cut by the page break).
        Enumerable.Range(0, table.RowCount).Where(r => names[r] == "Measure").Select(r => table.TextAt(r, 3)).Should().Equal("Commentary", "Commentary", "Commentary");
    }

    [Fact]
    public void The_last_line_of_a_row_a_page_break_cut_joins_the_row_and_the_table_goes_on()
    {
        // The name's second line is printed at the top of the next page, alone, above the rest of the rows.
        var pdf = new TinyPdf();
        var first = pdf.Page();
        DrawnCell[][] rows =
        [
            Header,
            .. Enumerable.Range(0, 5).Select(i => Row($"Indicator number {i + 1}", $"{60 + i}%", $"{70 + i}%", "On track.")),
        ];
        TableDrawer.Draw(first, 600, Columns, rows, Borders.None);
        var y = 600 + TableDrawer.Height(rows) + 3 + TableDrawer.FontSize;
        first.Text(Columns[0] + 4, y, "Percentage of customers satisfied", TableDrawer.FontSize)
            .Text(Columns[1] + 4, y, "64%", TableDrawer.FontSize).Text(Columns[2] + 4, y, "60.6%", TableDrawer.FontSize)
            .Text(Columns[3] + 4, y, "Below target.", TableDrawer.FontSize);
        var second = pdf.Page();
        second.Text(Columns[0] + 4, 72, "with the efficiency of the service", TableDrawer.FontSize);
        TableDrawer.Draw(second, 75, Columns,
            [.. Enumerable.Range(0, 4).Select(i => Row($"Indicator number {i + 7}", $"{80 + i}%", $"{90 + i}%", "On track."))], Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.RowCount.Should().Be(11);
        table.TextAt(6, 0).Should().Be("Percentage of customers satisfied with the efficiency of the service");
        table.TextAt(7, 0).Should().Be("Indicator number 7");
    }

    [Fact]
    public void A_last_row_alone_on_the_next_page_with_its_wrapped_line_is_the_tables_last_row()
    {
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 600, Columns,
            [Header, .. Enumerable.Range(0, 5).Select(i => Row($"Households in temporary accommodation {i + 1}", $"{60 + i}%", $"{70 + i}%", "On track."))],
            Borders.None);
        var second = pdf.Page();
        second.Text(Columns[0] + 4, 80, "Number of families supported by the", TableDrawer.FontSize)
            .Text(Columns[1] + 4, 80, "2,391", TableDrawer.FontSize).Text(Columns[2] + 4, 80, "2,197", TableDrawer.FontSize)
            .Text(Columns[3] + 4, 80, "No significant change; staff", TableDrawer.FontSize)
            .Text(Columns[0] + 4, 91, "Family Hub outreach offer", TableDrawer.FontSize)
            .Text(Columns[3] + 4, 91, "continue to follow the plan.", TableDrawer.FontSize)
            .Text(40, 130, "Randomised test document: the indicators and figures are invented.", 8);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.RowCount.Should().Be(7);
        Enumerable.Range(0, 4).Select(c => table.TextAt(6, c)).Should()
            .Equal("Number of families supported by the Family Hub outreach offer", "2,391", "2,197", "No significant change; staff continue to follow the plan.");
    }
}
