using FluentAssertions;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// Unruled tables whose layout the words alone do not show: a header row of group labels centred over
/// the columns they head, and a column that holds only colour (RAG by fill).
/// </summary>
public sealed class UnruledHeaderTests
{
    private static readonly double[] Columns = [40, 250, 310, 370, 430, 500];
    private const string Green = "00B050", Amber = "FFC000", Red = "FF0000";

    private static DrawnCell[][] Rows(bool groups, string dotHeader = "DoT") =>
    [
        .. groups
            ? new DrawnCell[][]
            {
                [new("Measure", RowSpan: 2, Bold: true), new("Q3 2023/24", ColumnSpan: 3, Bold: true), new(dotHeader, RowSpan: 2, Bold: true)],
                [new("Actual", Bold: true), new("Target", Bold: true), new("Status", Bold: true)],
            }
            : [[new("Measure", Bold: true), new("Actual", Bold: true), new("Target", Bold: true), new("Status", Bold: true), new(dotHeader, Bold: true)]],
        [new("Households in temporary accommodation"), new("1,344"), new("1,364"), new("", Fill: Green), new("Up")],
        [new("Housing Benefit overpayments recovered"), new("701"), new("738"), new("", Fill: Red), new("Down")],
        [new("Fly-tips cleared within 5 working days"), new("89.9%"), new("94%"), new("", Fill: Amber), new("Down")],
        [new("Traffic light faults fixed in 24 hours"), new("83.9%"), new("82%"), new("", Fill: Green), new("Same")],
        [new("Staff appraisals completed"), new("91.5%"), new("84%"), new("", Fill: Green), new("Up")],
    ];

    /// <summary>Bold header text centred over columns <paramref name="first"/> to <paramref name="last"/>, as a word processor centres a cell.</summary>
    private static void CentredHeader(TinyPdf.PageDraft page, double[] columns, int first, int last, double baseline, string text, double size = TableDrawer.FontSize) =>
        page.Text((columns[first] + columns[last + 1] - TableDrawer.Width(text, bold: true) * size / TableDrawer.FontSize) / 2, baseline, text, size, bold: true);

    private static bool[] Centred => [false, true, true, true, true];

    [Fact]
    public void A_label_centred_over_columns_heads_them_all_in_a_row_of_its_own()
    {
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(842, 595), 80, Columns, Rows(groups: true), Borders.None, centred: Centred);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(5);
        table.TextAt(0, 0).Should().Be("Measure");
        table.CellAt(0, 1)!.CleanText.Should().Be("Q3 2023/24");
        table.CellAt(0, 1)!.ColumnSpan.Should().Be(3, "the label is centred over Actual, Target and Status");
        table.CellAt(0, 4)!.CleanText.Should().Be("DoT");
        table.CellAt(0, 4)!.RowSpan.Should().Be(2, "a header beside a group is as tall as the group's two rows");
        Enumerable.Range(1, 3).Select(c => table.TextAt(1, c)).Should().Equal("Actual", "Target", "Status");
        table.TextAt(2, 0).Should().Be("Households in temporary accommodation");
    }

    [Theory]
    [InlineData("Direction of travel: Up the figure went up on last quarter, Down the figure went down, Same no change. Arrows show the direction of the figure, not whether performance improved.")]
    [InlineData("Performance to the end of December 2021.")]
    public void A_key_or_sentence_printed_right_above_the_table_stays_out_of_it(string firstLine)
    {
        // Lines at ordinary line spacing over the header: prose, however its word gaps meet the gutters,
        // and however few its words when it ends in a full stop.
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        page.Text(40, 60, firstLine, 8);
        page.Text(40, 72, "RAG: Green = on or better than target; Amber = within 5% of target; Red = more than 5% off target.", 8);
        TableDrawer.Draw(page, 80, Columns, Rows(groups: true), Borders.None, centred: Centred);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(5);
        table.TextAt(0, 0).Should().Be("Measure");
        table.CellAt(0, 1)!.ColumnSpan.Should().Be(3);
        Enumerable.Range(0, 5).Select(c => table.TextAt(2, c)).Should().Equal("Households in temporary accommodation", "1,344", "1,364", "", "Up");
    }

    [Fact]
    public void A_quarter_wrapped_under_a_full_line_starts_a_word_of_its_own()
    {
        // "RAG" fills its narrow line as "2021/2" does; "Q2" under it is a new word, "2" under "2021/2" is not.
        DrawnCell[][] rows =
        [
            [new("Measure", Bold: true), new("Actual", Bold: true), new("RAG\nQ2\n2021/2\n2", Bold: true), new("DoT", Bold: true)],
            .. Enumerable.Range(0, 4).Select(i => new DrawnCell[] { new($"Indicator number {i + 1}"), new($"{60 + i}%"), new(i % 2 == 0 ? "G" : "R"), new("Up") }),
        ];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 80, [40, 250, 310, 340, 380], rows, Borders.None, centred: [false, true, true, true]);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.TextAt(0, 2).Should().Be("RAG Q2 2021/22");
    }

    [Fact]
    public void A_header_wider_than_its_last_column_keeps_its_first_line_and_the_label_above()
    {
        // "Direction of" over "travel", centred, reaches past the arrows under it and so past every line of
        // the table below; it and the "Q1 21/22" label start above the table's first full line.
        double[] columns = [40, 250, 300, 350, 400, 440];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        void Centre(int first, int last, double baseline, string text) => CentredHeader(page, columns, first, last, baseline, text);
        Centre(1, 3, 92, "Q1 21/22");
        Centre(4, 4, 97, "Direction of");
        page.Text(columns[0] + 4, 103, "Measure", TableDrawer.FontSize, bold: true);
        foreach (var (column, text) in new[] { (1, "RAG"), (2, "Target"), (3, "Actual") }) Centre(column, column, 103, text);
        Centre(4, 4, 108, "travel");
        DrawnCell[][] rows =
        [
            .. Enumerable.Range(0, 6).Select(i => new DrawnCell[]
            {
                new($"Indicator number {i + 1}"), new(i % 2 == 0 ? "G" : "R"), new($"{62 + i}%"), new($"{60 + i}%"), new(i % 2 == 0 ? "Up" : "Down"),
            }),
        ];
        TableDrawer.Draw(page, 112, columns, rows, Borders.None, centred: [false, true, true, true, true]);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.CellAt(0, 1)!.CleanText.Should().Be("Q1 21/22");
        table.CellAt(0, 1)!.ColumnSpan.Should().Be(3);
        table.CellAt(0, 4)!.CleanText.Should().Be("Direction of travel");
    }

    [Fact]
    public void A_header_wrapped_beside_a_group_is_one_cell()
    {
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(842, 595), 80, Columns, Rows(groups: true, dotHeader: "Direction\nof travel"), Borders.None, centred: Centred);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.CellAt(0, 4)!.CleanText.Should().Be("Direction of travel");
        table.CellAt(0, 1)!.ColumnSpan.Should().Be(3);
    }

    [Fact]
    public void A_column_of_fills_with_no_text_is_a_column_and_its_cells_keep_their_colour()
    {
        // Long enough that the one header word over the fills could not make a column by itself.
        var rows = Rows(groups: false);
        rows = [.. rows, .. rows.Skip(1), .. rows.Skip(1)];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(842, 595), 80, Columns, rows, Borders.None, centred: Centred);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(5);
        Enumerable.Range(0, 5).Select(c => table.TextAt(0, c)).Should().Equal("Measure", "Actual", "Target", "Status", "DoT");
        Enumerable.Range(1, 5).Select(r => table.CellAt(r, 3)?.Fill).Should().Equal(Green, Red, Amber, Green, Green);
        Enumerable.Range(1, 5).Select(r => table.TextAt(r, 2)).Should().Equal("1,364", "738", "94%", "82%", "84%");
    }

    [Fact]
    public void Striped_rows_do_not_make_columns_of_their_fills()
    {
        var pdf = new TinyPdf();
        DrawnCell[][] rows =
        [
            [new("Measure", Bold: true), new("Actual", Bold: true), new("Target", Bold: true)],
            .. Enumerable.Range(0, 6).Select(i =>
            {
                var stripe = i % 2 == 0 ? "DDEBF7" : null;
                return new DrawnCell[] { new($"Indicator number {i + 1}", Fill: stripe), new($"{50 + i}%", Fill: stripe), new($"{60 + i}%", Fill: stripe) };
            }),
        ];
        TableDrawer.Draw(pdf.Page(), 80, [40, 250, 330, 410], rows, Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(3);
        table.TextAt(1, 2).Should().Be("60%");
    }

    [Fact]
    public void Header_words_wider_than_their_figures_stay_in_their_column_of_a_table_ruled_between_rows()
    {
        var pdf = new TinyPdf();
        DrawnCell[][] rows =
        [
            [new("Indicator", Bold: true), new("Target Q1 19/20", Bold: true), new("Performance Q1 19/20", Bold: true), new("DoT", Bold: true)],
            .. Enumerable.Range(0, 12).Select(i => new DrawnCell[] { new($"Indicator number {i + 1}"), new($"{300 + i}"), new($"{340 + i}"), new("Up") }),
        ];
        TableDrawer.Draw(pdf.Page(), 80, [40, 200, 280, 380, 440], rows, Borders.RowsOnly);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        Enumerable.Range(0, 4).Select(c => table.TextAt(0, c)).Should().Equal("Indicator", "Target Q1 19/20", "Performance Q1 19/20", "DoT");
        Enumerable.Range(0, 4).Select(c => table.TextAt(1, c)).Should().Equal("Indicator number 1", "300", "340", "Up");
    }

    [Fact]
    public void A_header_centred_clear_of_the_figures_left_aligned_under_it_heads_them_in_a_table_ruled_between_rows()
    {
        // "Target" centred in a wide cell, its figures at the cell's left: a gutter between them in every row.
        var pdf = new TinyPdf();
        var page = pdf.Page();
        double[] columns = [40, 300, 360, 450, 500];
        DrawnCell[][] rows =
        [
            [new("Indicator", Bold: true), new("Outturn", Bold: true), new(""), new("Status", Bold: true)],
            .. Enumerable.Range(0, 8).Select(i => new DrawnCell[] { new($"Indicator number {i + 1}"), new($"{90 + i}.5%"), new($"{95 - i}%"), new(i % 2 == 0 ? "G" : "A") }),
        ];
        TableDrawer.Draw(page, 80, columns, rows, Borders.RowsOnly);
        page.Text((columns[2] + columns[3] - TableDrawer.Width("Target", bold: true)) / 2, 80 + 3 + TableDrawer.FontSize, "Target", TableDrawer.FontSize, bold: true);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(4);
        Enumerable.Range(0, 4).Select(c => table.TextAt(0, c)).Should().Equal("Indicator", "Outturn", "Target", "Status");
        Enumerable.Range(0, 4).Select(c => table.TextAt(1, c)).Should().Equal("Indicator number 1", "90.5%", "95%", "G");
    }

    [Fact]
    public void A_last_column_of_fills_beyond_all_text_is_a_column_too()
    {
        string[] colours = [Green, Red, Amber, Green, Red, Green, Amber, Green, Red, Green, Green, Amber];
        DrawnCell[][] rows =
        [
            [new("Measure", Bold: true), new("Actual", Bold: true), new("Target", Bold: true), new("RAG", Bold: true)],
            .. colours.Select((colour, i) => new DrawnCell[] { new($"Indicator number {i + 1}"), new($"{70 + i}%"), new($"{75 + i}%"), new("", Fill: colour) }),
        ];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 80, [40, 250, 310, 370, 430], rows, Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(4);
        table.TextAt(0, 3).Should().Be("RAG");
        Enumerable.Range(1, colours.Length).Select(r => table.CellAt(r, 3)?.Fill).Should().Equal(colours);
    }

    /// <summary>An unruled table whose RAG column is fills only, 30 points wide after a wide column of targets.</summary>
    internal static TinyPdf NarrowFillColumn(IEnumerable<string> colours)
    {
        DrawnCell[][] rows =
        [
            [new("Measure", Bold: true), new("Actual", Bold: true), new("Target Q3 2023/24", Bold: true), new("RAG", Bold: true), new("DoT", Bold: true)],
            .. colours.Select((colour, i) => new DrawnCell[]
            {
                new($"Indicator number {i + 1}"), new($"{70 + i}%"), new($"{75 + i}%"), new("", Fill: colour), new(i % 2 == 0 ? "Up" : "Down"),
            }),
        ];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 80, [40, 250, 310, 440, 470, 520], rows, Borders.None);
        return pdf;
    }

    [Fact]
    public void A_narrow_column_of_fills_after_a_wide_gap_keeps_its_colours()
    {
        // The gap between the targets' text and the fills is the fills' column's in an unruled table, so the
        // cell is much wider than its drawn fill; the fill is still all the cell's colour there is.
        string[] colours = [Green, Red, Amber, Green, Red, Green, Amber, Green];

        var table = PdfFixture.Tables(NarrowFillColumn(colours)).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(5);
        Enumerable.Range(1, colours.Length).Select(r => table.CellAt(r, 3)?.Fill).Should().Equal(colours);
    }

    [Fact]
    public void A_last_column_of_fills_wider_than_its_centred_header_keeps_its_colours()
    {
        // The table ends at the header's text; the fills reach a little further right.
        string[] colours = [Green, Red, Amber, Green, Red, Green, Amber, Green];
        DrawnCell[][] rows =
        [
            [new("Measure", Bold: true), new("Actual", Bold: true), new("Target Q3 2023/24", Bold: true), new("RAG\nQ1", Bold: true)],
            .. colours.Select((colour, i) => new DrawnCell[] { new($"Indicator number {i + 1}"), new($"{70 + i}%"), new($"{75 + i}%"), new("", Fill: colour) }),
        ];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 80, [40, 250, 310, 440, 470], rows, Borders.None, centred: [false, false, false, true]);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(4);
        Enumerable.Range(1, colours.Length).Select(r => table.CellAt(r, 3)?.Fill).Should().Equal(colours);
    }

    [Fact]
    public void A_header_centred_beside_the_left_aligned_marks_under_it_heads_them_in_a_short_table()
    {
        // Two rows only, so the bold header counts in finding the columns; "DoT" is centred in its cell and
        // the arrows sit at the cell's left, clear of it: the header and the marks are one column.
        double[] columns = [40, 300, 360, 420, 500];
        var pdf = new TinyPdf();
        var page = pdf.Page();
        void Centre(int column, double baseline, string text) => CentredHeader(page, columns, column, column, baseline, text);
        page.Text((columns[1] + columns[3] - TableDrawer.Width("RAG rating", bold: true)) / 2, 88, "RAG rating", TableDrawer.FontSize, bold: true);
        Centre(0, 93, "Adult Social Care KPIs");
        Centre(3, 93, "DoT");
        Centre(1, 98, "Latest");
        Centre(2, 98, "Previous");
        string[][] body = [["Proportion of people who received short-term\nsupport and needed no further services", "GREEN", "AMBER", "Up"],
            ["Admissions to residential and nursing care for\npeople aged 65 and over per 100,000", "AMBER", "AMBER", "Down"]];
        for (var r = 0; r < body.Length; r++)
            for (var c = 0; c < 4; c++)
            {
                var lines = body[r][c].Split('\n');
                for (var i = 0; i < lines.Length; i++) page.Text(columns[c] + 4, 112 + r * 26 + i * 11, lines[i], TableDrawer.FontSize, bold: c is 1 or 2);
            }

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(4);
        table.TextAt(0, 3).Should().Be("DoT");
        Enumerable.Range(0, 4).Select(c => table.TextAt(table.RowCount - 1, c)).Should()
            .Equal("Admissions to residential and nursing care for people aged 65 and over per 100,000", "AMBER", "AMBER", "Down");
    }

    [Fact]
    public void A_header_centred_in_tall_rows_keeps_its_wrapped_labels_and_its_first_columns_header()
    {
        // Word's vertical centring: "Indicator" and "Do"/"T" centred on the whole header, the labels on the top
        // row and the sub-headers on the lower one, so the lines are staggered. "Q1" over the wider "2025/26" is
        // one label, however "Do" beside it starts on the line of "2025/26"; "Indicator", a bold line of one
        // chunk with more header under it, is no section heading.
        double[] columns = [40, 300, 340, 380, 420, 460, 500, 540, 580, 610];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        void Cell(int first, int last, double top, double bottom, string text)
        {
            var lines = text.Split('\n');
            var start = top + (bottom - top - lines.Length * TableDrawer.LineHeight) / 2 + TableDrawer.FontSize;
            for (var i = 0; i < lines.Length; i++)
                page.Text((columns[first] + columns[last + 1] - TableDrawer.Width(lines[i], bold: true)) / 2,
                    start + i * TableDrawer.LineHeight, lines[i], TableDrawer.FontSize, bold: true);
        }
        Cell(0, 0, 80, 140, "Indicator");
        Cell(1, 3, 80, 106, "Q2 2025/26");
        Cell(4, 5, 80, 106, "Q1\n2025/26");
        Cell(6, 7, 80, 106, "Q4\n2024/25");
        Cell(8, 8, 80, 128, "Do\nT");
        foreach (var (column, text) in new[] { (1, "Outt\nurn"), (2, "Tgt"), (3, "Sta\ntus"), (4, "Outt\nurn"), (5, "Sta\ntus"), (6, "Outt\nurn"), (7, "Sta\ntus") })
            Cell(column, column, 106, 140, text);
        for (var r = 0; r < 4; r++)
        {
            string[] row = [$"Indicator number {r + 1}", $"{60 + r}%", $"{70 + r}%", "", $"{61 + r}%", "", $"{62 + r}%", "", "Up"];
            for (var c = 0; c < row.Length; c++)
                if (row[c].Length > 0) page.Text(columns[c] + 4, 152 + r * 14, row[c], TableDrawer.FontSize);
            // The statuses are fills only.
            foreach (var c in new[] { 3, 5, 7 })
                page.Fill(columns[c] + 2, 142 + r * 14, columns[c + 1] - columns[c] - 4, 13, (r + c) % 3 == 0 ? Green : (r + c) % 3 == 1 ? Amber : Red);
        }

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.CellAt(0, 0)!.CleanText.Should().Be("Indicator");
        table.CellAt(0, 4)!.CleanText.Should().Be("Q1 2025/26");
        table.CellAt(0, 4)!.ColumnSpan.Should().Be(2);
        table.CellAt(0, 6)!.CleanText.Should().Be("Q4 2024/25");
        table.TextAt(2, 0).Should().Be("Indicator number 1");
    }

    [Fact]
    public void A_group_header_in_one_band_of_a_table_ruled_between_rows_is_two_rows()
    {
        // Rules above the table, under the two-line header and between rows, none inside the header.
        var rows = Rows(groups: true);
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        TableDrawer.Draw(page, 80, Columns, rows, Borders.None, centred: Centred);
        var y = 80.0;
        page.Line(Columns[0], y, Columns[^1], y);
        y += 2 * (TableDrawer.LineHeight + 6);
        for (var r = 2; r <= rows.Length; r++, y += TableDrawer.LineHeight + 6) page.Line(Columns[0], y, Columns[^1], y);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.CellAt(0, 1)!.CleanText.Should().Be("Q3 2023/24");
        table.CellAt(0, 1)!.ColumnSpan.Should().Be(3);
        table.CellAt(0, 0)!.RowSpan.Should().Be(2);
        Enumerable.Range(1, 3).Select(c => table.TextAt(1, c)).Should().Equal("Actual", "Target", "Status");
        table.TextAt(2, 0).Should().Be("Households in temporary accommodation");
    }

    [Theory]
    [InlineData("Q1", "Q2", 12, "Status")]
    [InlineData("Q1 - 2023/24", "Q2 - 2023/24", 6, "Status")]
    [InlineData("Q1 - 2023/24", "Q2 - 2023/24", 6, "St|at|us")]
    public void Labels_over_one_underline_head_the_columns_it_spans_between_them(string q1, string q2, int rowCount, string lastHeader)
    {
        // A sub-header wrapped in its narrow cell ("St" / "at" / "us") is still a sub-header, not a label.
        // One rule under both labels (their cells' borders printed as one line). "Q1" sits in the gap
        // between its two sub-headers, touching neither; a wider label runs over its group's inner gutter,
        // in a table too short for one band crossing a gutter to be overlooked.
        double[] columns = [40, 250, 300, 350, 400, 450, 500, 560];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        void Centre(int first, int last, double baseline, string text) => CentredHeader(page, columns, first, last, baseline, text);
        page.Line(columns[0], 80, columns[^1], 80);
        Centre(1, 2, 92, q1);
        Centre(3, 5, 92, q2);
        page.Line(columns[1], 95, columns[6], 95);
        page.Text(columns[0] + 4, 98, "Measure", TableDrawer.FontSize, bold: true);
        Centre(6, 6, 98, "DoT");
        var lastLines = lastHeader.Split('|');
        // Centred beside the wrapped one, as Word centres a row's cells.
        foreach (var (column, text) in new[] { (1, "Actual"), (2, "Status"), (3, "Actual"), (4, "Target") })
            Centre(column, column, 105 + (lastLines.Length - 1) / 2.0 * TableDrawer.LineHeight, text);
        for (var i = 0; i < lastLines.Length; i++) Centre(5, 5, 105 + i * TableDrawer.LineHeight, lastLines[i]);
        var headerBottom = 109 + (lastLines.Length - 1) * TableDrawer.LineHeight;
        DrawnCell[][] rows =
        [
            .. Enumerable.Range(0, rowCount).Select(i => new DrawnCell[]
            {
                new($"Indicator number {i + 1}"), new($"{60 + i}%"), new(i % 2 == 0 ? "G" : "R"), new($"{62 + i}%"), new($"{65 + i}%"),
                new(i % 2 == 0 ? "R" : "G"), new(i % 2 == 0 ? "Up" : "Down"),
            }),
        ];
        TableDrawer.Draw(page, headerBottom, columns, rows, Borders.RowsOnly, centred: [false, true, true, true, true, true, true]);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(7);
        table.CellAt(0, 1)!.CleanText.Should().Be(q1);
        table.CellAt(0, 1)!.ColumnSpan.Should().Be(2);
        table.CellAt(0, 3)!.CleanText.Should().Be(q2);
        table.CellAt(0, 3)!.ColumnSpan.Should().Be(3);
        // Broken for lack of room, the word is one again.
        Enumerable.Range(1, 5).Select(c => table.TextAt(1, c)).Should().Equal("Actual", "Status", "Actual", "Target", lastHeader.Replace("|", ""));
        table.TextAt(2, 0).Should().Be("Indicator number 1");
    }

    [Fact]
    public void Under_one_underline_a_sub_header_level_with_the_first_columns_is_still_its_labels()
    {
        // Seed 6868's Kent as OCR read it: the wrapped "Performan" / "ce" came back as one word on its first line,
        // level with "KPI", which heads no group; but it stands under the labels' underline, so it is the first
        // column of "Q2 22/23", not a header of no group as "KPI" is.
        double[] columns = [40, 250, 300, 360, 410, 470, 520, 580, 640];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        void Centre(int first, int last, double baseline, string text) => CentredHeader(page, columns, first, last, baseline, text);
        page.Line(columns[0], 80, columns[^1], 80);
        Centre(1, 3, 89, "Q2 22/23");
        Centre(4, 6, 89, "Q3 22/23");
        page.Line(columns[1], 91, columns[7], 91);
        Centre(7, 7, 94, "Direction");
        page.Text(columns[0] + 4, 99, "KPI", TableDrawer.FontSize, bold: true);
        Centre(1, 1, 99, "Performance");
        Centre(4, 4, 99, "Performance");
        Centre(6, 6, 99, "RAG");
        Centre(2, 2, 104, "Target");
        Centre(3, 3, 104, "Rating");
        Centre(5, 5, 104, "Tgt");
        Centre(7, 7, 104, "of travel");
        Centre(6, 6, 109, "status");
        DrawnCell[][] rows =
        [
            .. Enumerable.Range(0, 8).Select(i => new DrawnCell[]
            {
                new($"Indicator number {i + 1}"), new($"{60 + i}%"), new($"{65 + i}%"), new(i % 2 == 0 ? "G" : "R"), new($"{62 + i}%"),
                new($"{65 + i}%"), new(i % 2 == 0 ? "R" : "G"), new(i % 2 == 0 ? "Up" : "Down"),
            }),
        ];
        TableDrawer.Draw(page, 112, columns, rows, Borders.RowsOnly, centred: [false, true, true, true, true, true, true, true]);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.CellAt(0, 1)!.CleanText.Should().Be("Q2 22/23");
        table.CellAt(0, 1)!.ColumnSpan.Should().Be(3);
        table.CellAt(0, 4)!.CleanText.Should().Be("Q3 22/23");
        table.CellAt(0, 4)!.ColumnSpan.Should().Be(3);
        Enumerable.Range(1, 6).Select(c => table.TextAt(1, c)).Should().Equal("Performance", "Target", "Rating", "Performance", "Tgt", "RAG status");
    }

    [Fact]
    public void A_label_centred_a_line_above_its_cells_bottom_border_does_not_place_the_columns()
    {
        // The rule under "Q3 - 2024/25" is its cell's bottom border, a line below the label; the label, over the
        // gutter between the targets and the outturns, must not decide where that gutter is cut: "Tgt", centred
        // over left-aligned targets, stays their header.
        double[] columns = [40, 250, 370, 420, 470];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        void Centre(int first, int last, double baseline, string text) => CentredHeader(page, columns, first, last, baseline, text);
        page.Line(columns[0], 76, columns[^1], 76);
        Centre(1, 3, 88, "Q3 - 2024/25");
        page.Line(columns[1], 100, columns[^1], 100);
        page.Text(columns[0] + 4, 104, "Measure", TableDrawer.FontSize, bold: true);
        foreach (var (column, text) in new[] { (1, "Tgt"), (2, "Outturn"), (3, "Status") }) Centre(column, column, 112, text);
        DrawnCell[][] rows =
        [
            .. Enumerable.Range(0, 12).Select(i => new DrawnCell[] { new($"Indicator number {i + 1}"), new($"{60 + i}%"), new($"{62 + i}%"), new(i % 2 == 0 ? "G" : "R") }),
        ];
        TableDrawer.Draw(page, 116, columns, rows, Borders.RowsOnly);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(4);
        table.CellAt(0, 1)!.CleanText.Should().Be("Q3 - 2024/25");
        Enumerable.Range(1, 3).Select(c => table.TextAt(1, c)).Should().Equal("Tgt", "Outturn", "Status");
        Enumerable.Range(1, 3).Select(c => table.TextAt(2, c)).Should().Equal("60%", "62%", "G");
    }

    [Fact]
    public void A_strip_of_one_colour_beside_the_names_is_no_column()
    {
        DrawnCell[][] rows =
        [
            [new("Directorate", Bold: true), new("", Bold: true), new("Budget", Bold: true), new("Forecast", Bold: true)],
            .. Enumerable.Range(0, 12).Select(i => new DrawnCell[] { new($"Directorate number {i + 1}"), new("", Fill: "B85808"), new($"{100 + i}.5"), new($"{90 + i}.5") }),
        ];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 80, [40, 250, 270, 340, 410], rows, Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(3);
        table.TextAt(1, 1).Should().Be("100.5");
    }

    [Fact]
    public void A_header_centred_in_a_tall_row_keeps_its_labels_and_the_lines_that_start_above_the_rest()
    {
        // As Word prints a header with vertically centred cells: a two-line label starts a line above
        // the others, a group label sits over its sub-headers, single lines sit in the middle.
        double[] columns = [40, 250, 300, 350, 400, 450, 490, 600];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        void Centre(int column, double baseline, string text) => CentredHeader(page, columns, column, column, baseline, text);
        Centre(0, 111, "Indicator");
        Centre(6, 111, "Lead officer");
        page.Text((columns[1] + columns[4] - TableDrawer.Width("Q3 - 2024/25", true)) / 2, 100, "Q3 - 2024/25", TableDrawer.FontSize, bold: true);
        Centre(4, 89, "Q2 -");
        Centre(4, 100, "2024/25");
        Centre(5, 105, "Do");
        Centre(5, 116, "T");
        foreach (var (column, text) in new[] { (1, "Target"), (2, "Outturn"), (3, "Status"), (4, "Outturn") }) Centre(column, 122, text);
        DrawnCell[][] rows =
        [
            .. Enumerable.Range(0, 6).Select(i => new DrawnCell[]
            {
                new($"Indicator number {i + 1}"), new($"{60 + i}%"), new($"{62 + i}%"), new("", Fill: i % 2 == 0 ? Green : Red),
                new($"{58 + i}%"), new(i % 2 == 0 ? "Up" : "Down"), new("Head of Housing"),
            }),
        ];
        TableDrawer.Draw(page, 126, columns, rows, Borders.None, centred: [false, true, true, true, true, true, false]);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(7);
        table.CellAt(0, 1)!.CleanText.Should().Be("Q3 - 2024/25");
        table.CellAt(0, 1)!.ColumnSpan.Should().Be(3);
        table.CellAt(0, 4)!.CleanText.Should().Be("Q2 - 2024/25 Outturn", "the label's first line is above the table's other lines");
        table.CellAt(0, 5)!.CleanText.Should().Be("Do T");
        Enumerable.Range(1, 3).Select(c => table.TextAt(1, c)).Should().Equal("Target", "Outturn", "Status");
        table.TextAt(2, 0).Should().Be("Indicator number 1");
    }

    [Fact]
    public void A_short_header_centred_like_the_first_columns_is_under_no_label_beside_it()
    {
        // As a word processor prints vertically centred 8-point header cells: "Measure" and "Good is" on the middle
        // line, the labels above, the groups' sub-headers wrapped over two lines ("Outtur" / "n"), a one-line "Tgt"
        // centred in a wide column of left-aligned targets. By the headers' middles the first label could reach
        // over "Good is" too; but "Good is" sits as "Measure" does, unlike the label's own sub-headers.
        double[] columns = [40, 438, 538, 576, 604, 642, 745, 778, 805];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        void Centre(int first, int last, double baseline, string text) => CentredHeader(page, columns, first, last, baseline, text, size: 8);
        Centre(2, 3, 142.2, "Q4 2022/23");
        Centre(4, 6, 142.2, "Q1 2023/24");
        Centre(7, 7, 147.1, "Do");
        Centre(7, 7, 156.8, "T");
        Centre(0, 0, 151.9, "Measure");
        Centre(1, 1, 151.9, "Good is");
        Centre(5, 5, 156.8, "Tgt");
        foreach (var (column, first, second) in new[] { (2, "Outtur", "n"), (3, "Stat", "us"), (4, "Outtur", "n"), (6, "Stat", "us") })
        {
            Centre(column, column, 151.9, first);
            Centre(column, column, 161.6, second);
        }
        DrawnCell[][] rows =
        [
            .. Enumerable.Range(0, 8).Select(i => new DrawnCell[]
            {
                new($"Percentage of indicator number {i + 1} on time"), new(i % 2 == 0 ? "Bigger is better" : "High"), new($"{80 + i}.5%"),
                new(i % 2 == 0 ? "G" : "R"), new($"{78 + i}.5%"), new($"{75 + i}%"), new(i % 3 == 0 ? "A" : "G"), new(i % 2 == 0 ? "Up" : "Dn"),
            }),
        ];
        TableDrawer.Draw(page, 164, columns, rows, Borders.None, centred: [false, false, false, true, false, false, true, true]);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.CellAt(0, 1)!.CleanText.Should().Be("Good is");
        table.CellAt(0, 2)!.CleanText.Should().Be("Q4 2022/23");
        table.CellAt(0, 2)!.ColumnSpan.Should().Be(2);
        table.CellAt(0, 4)!.CleanText.Should().Be("Q1 2023/24");
        table.CellAt(0, 4)!.ColumnSpan.Should().Be(3);
        Enumerable.Range(2, 5).Select(c => table.TextAt(1, c)).Should().Equal("Outturn", "Status", "Outturn", "Tgt", "Status");
    }

    [Fact]
    public void A_wrapped_sub_header_starting_a_line_above_its_neighbours_is_no_part_of_the_label_over_it()
    {
        // Vertically centred sub-headers: "Perform" / "ance" takes two lines, so it starts half a line above "Tgt"
        // and "Status" beside it, right under the label; it is still the first of the row under the label.
        double[] columns = [40, 260, 320, 380, 440, 490, 540];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        void Centre(int first, int last, double baseline, string text) => CentredHeader(page, columns, first, last, baseline, text);
        Centre(0, 0, 110, "Performance indicator");
        Centre(1, 1, 110, "Owner");
        Centre(2, 4, 99, "Q3 - 2023/24");
        Centre(2, 2, 115, "Tgt");
        Centre(3, 3, 110, "Perform");
        Centre(3, 3, 120, "ance");
        Centre(4, 4, 115, "Status");
        Centre(5, 5, 110, "DoT");
        DrawnCell[][] rows =
        [
            .. Enumerable.Range(0, 6).Select(i => new DrawnCell[]
            {
                new($"Indicator number {i + 1}"), new("Head of Service"), new($"{70 + i}%"), new($"{72 + i}.5%"), new(i % 2 == 0 ? "G" : "R"), new("Up"),
            }),
        ];
        TableDrawer.Draw(page, 126, columns, rows, Borders.None, centred: [false, false, true, true, true, true]);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.CellAt(0, 2)!.CleanText.Should().Be("Q3 - 2023/24");
        table.CellAt(0, 2)!.ColumnSpan.Should().Be(3);
        Enumerable.Range(2, 3).Select(c => table.TextAt(1, c)).Should().Equal("Tgt", "Perform ance", "Status");
    }

    [Fact]
    public void Labels_are_centred_by_the_headers_under_them_when_a_column_holds_only_a_small_mark()
    {
        // Two groups side by side, each starting with a wide status column whose only content is a letter at
        // its left: the gutters, and the column edges in them, fall far from where the cells are. The headers
        // are centred in their cells, the figures too.
        double[] columns = [40, 250, 330, 380, 430, 510, 560, 610];
        DrawnCell[][] header =
        [
            [new("Indicator", RowSpan: 2, Bold: true), new("Q1 25/26", ColumnSpan: 3, Bold: true), new("Q4 24/25", ColumnSpan: 3, Bold: true)],
            [new("RAG status", Bold: true), new("Target", Bold: true), new("Result", Bold: true), new("Status", Bold: true), new("Tgt", Bold: true), new("Actual", Bold: true)],
        ];
        DrawnCell[][] rows =
        [
            .. Enumerable.Range(0, 8).Select(i => new DrawnCell[]
            {
                new($"Indicator number {i + 1}"), new("G"), new($"{60 + i}%"), new($"{62 + i}%"), new("A"), new($"{59 + i}%"), new($"{61 + i}%"),
            }),
        ];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        TableDrawer.Draw(page, 80, columns, header, Borders.None, centred: [false, true, true, true, true, true, true]);
        TableDrawer.Draw(page, 80 + TableDrawer.Height(header), columns, rows, Borders.None, centred: [false, false, true, true, false, true, true]);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(7);
        table.CellAt(0, 1)!.CleanText.Should().Be("Q1 25/26");
        table.CellAt(0, 1)!.ColumnSpan.Should().Be(3);
        table.CellAt(0, 4)!.CleanText.Should().Be("Q4 24/25");
        table.CellAt(0, 4)!.ColumnSpan.Should().Be(3);
        Enumerable.Range(1, 6).Select(c => table.TextAt(1, c)).Should().Equal("RAG status", "Target", "Result", "Status", "Tgt", "Actual");
    }
}
