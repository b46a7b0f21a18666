using System.Globalization;
using System.Text;

namespace Ingest.Readers.Xlsx.Tests;

public sealed class XlsxLargeSheetTests
{
    private const int DataRows = 50_000;

    [Fact]
    public void A_sheet_of_fifty_thousand_rows_is_read_whole()
    {
        var workbook = new XlsxFixture();
        var percent = workbook.Style(numFmtId: 9);
        var green = workbook.Style(fill: XlsxFixture.Rgb("00B050"));
        var red = workbook.Style(fill: XlsxFixture.Rgb("FF0000"));
        workbook.Sheet("Data", s =>
        {
            s.Row(1, "Indicator Description", "Target Q1 2023/24", "Actual Q1 2023/24", "RAG", "Portfolio Holder");
            // Raw XML for the bulk: the fixture's per-cell helpers would make the test slow, not the reader.
            var xml = new StringBuilder();
            for (var i = 0; i < DataRows; i++)
            {
                var row = i + 2;
                var rag = i % 3 == 0 ? $"<c r=\"D{row}\" s=\"{red}\"/>" : $"<c r=\"D{row}\" s=\"{green}\" t=\"inlineStr\"><is><t>GREEN</t></is></c>";
                s.RawCells(row, string.Create(CultureInfo.InvariantCulture,
                    $"<c r=\"A{row}\" t=\"inlineStr\"><is><t>Indicator {i}</t></is></c><c r=\"B{row}\"><v>{i}</v></c>" +
                    $"<c r=\"C{row}\" s=\"{percent}\"><v>{i / 100000.0}</v></c>{rag}<c r=\"E{row}\" t=\"s\"><v>0</v></c>"));
            }
        });

        var table = workbook.Read().Tables.Single();

        table.RowCount.Should().Be(DataRows + 1);
        table.ColumnCount.Should().Be(5);
        table.TextAt(1, 0).Should().Be("Indicator 0");
        table.TextAt(DataRows, 0).Should().Be($"Indicator {DataRows - 1}");
        table.TextAt(DataRows, 1).Should().Be("49999");
        table.TextAt(25_001, 2).Should().Be("25%");
        table.TextAt(DataRows, 4).Should().Be("Indicator Description");
        table.CellAt(DataRows - 1, 3)!.Fill.Should().Be("FF0000", "row 49,998 is a multiple of three");
        table.CellAt(DataRows, 3)!.Text.Should().Be("GREEN");
        table.Rows.Sum(r => r.Cells.Count).Should().Be(5 * (DataRows + 1));
    }
}
