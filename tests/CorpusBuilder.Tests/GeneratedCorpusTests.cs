using CorpusBuilder.Contract;
using CorpusBuilder.Corpus;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

/// <summary>Checks the documents against their gold files by reading the Word XML back, independently of any extractor.</summary>
public sealed class GeneratedCorpusTests
{
    private static readonly IReadOnlyList<CorpusEntry> Entries = CorpusEntries.All();

    private static IEnumerable<CorpusEntry> DocxEntries => Entries.Where(e => e.File is DocxFile);

    private static CorpusEntry Entry(string fileStart) => Entries.Single(e => e.FileName.StartsWith(fileStart, StringComparison.Ordinal));

    [Fact]
    public void Every_document_is_valid_and_identical_on_a_second_write()
    {
        var again = CorpusEntries.All();
        foreach (var entry in Entries)
        {
            var first = entry.File.Render();
            var second = again.Single(e => e.RelativePath == entry.RelativePath).File.Render();

            second.Should().Equal(first, entry.RelativePath);
            entry.File.Problems(first).Should().BeEmpty(entry.RelativePath);
            entry.File.TableCount(first).Should().Be(entry.TableCount, entry.RelativePath);
        }
    }

    [Fact]
    public void Each_observation_points_at_the_row_that_prints_its_indicator_and_values()
    {
        foreach (var entry in DocxEntries)
        {
            var bytes = entry.File.Render();
            var tables = ReadTables(bytes);
            // A KPI block's figures are printed in the block's text, not in its summary-table row (which the
            // observation points at, having no other place): there they are looked for in the body text.
            // So are those of the real-layout KPI reports: their boxes print the figures, the summary tables only RAG and arrow.
            var figuresInBody = entry.Layout == CorpusBuilder.KpiBlocks.KpiBlockCorpus.Layout
                                || entry.Layout == CorpusBuilder.RealKpi.KentRealEntries.Layout
                                || entry.Layout.StartsWith("random-kpi-boxes", StringComparison.Ordinal);
            string body;
            using (var doc = Open(bytes)) body = doc.MainDocumentPart!.Document.Body!.InnerText;
            foreach (var o in entry.Observations)
            {
                var row = tables[o.Table - 1][o.Row - 1];
                row.Should().Contain(o.Indicator, $"{entry.FileName} table {o.Table} row {o.Row}");
                var figures = figuresInBody ? body : row;
                if (o.TargetRaw.Length > 0) figures.Should().Contain(o.TargetRaw);
                if (o.ActualRaw.Length > 0) figures.Should().Contain(o.ActualRaw);
            }
        }
    }

    [Fact]
    public void Only_the_first_scorecard_header_repeats_on_each_page()
    {
        using var doc = Open(Docx(Entry("harrow-corporate-scorecard-q1-2023-24")));
        var rows = doc.MainDocumentPart!.Document.Body!.Descendants<TableRow>().ToList();
        var headerTexts = rows.Select((r, i) => (r, i)).Where(x => CellTexts(x.r).First() == "Indicator Description").Select(x => x.i).ToList();

        // Seed lines 7, 47, 82, 108 and 128, less the blank page-break lines before them (0-based rows).
        headerTexts.Should().Equal(0, 39, 73, 98, 117);
        rows.Select((r, i) => (r, i)).Where(x => x.r.TableRowProperties?.GetFirstChild<TableHeader>() is not null)
            .Select(x => x.i).Should().Equal(0);
    }

    [Fact]
    public void Fill_only_rag_cells_are_exactly_the_colour_sourced_observations()
    {
        foreach (var entry in DocxEntries.Where(e => e.FileName.StartsWith("harrow-corporate-scorecard", StringComparison.Ordinal)))
        {
            using var doc = Open(Docx(entry));
            var rows = doc.MainDocumentPart!.Document.Body!.Descendants<TableRow>().ToList();
            int[] ragColumns = [5, 8, 11];

            var fillOnly = rows.Select((r, i) => (Cells: r.Elements<TableCell>().ToList(), Row: i + 1))
                .Where(x => x.Cells.Count == 15)
                .SelectMany(x => ragColumns
                    .Where(c => x.Cells[c].InnerText.Length == 0 && x.Cells[c].TableCellProperties?.Shading?.Fill?.Value is not null)
                    .Select(c => (x.Row, Rag: Vocabulary.RagColour(x.Cells[c].TableCellProperties!.Shading!.Fill!.Value))))
                .ToList();
            var fromColour = entry.Observations.Where(o => o.RagSource == RagSource.Colour).Select(o => (o.Row, o.Rag)).ToList();

            fillOnly.Should().NotBeEmpty(entry.FileName);
            fillOnly.Should().BeEquivalentTo(fromColour, entry.FileName);
        }
    }

    [Fact]
    public void Every_third_indicator_row_stores_polarity_as_a_wingdings_symbol()
    {
        using var doc = Open(Docx(Entry("harrow-corporate-scorecard-q1-2023-24")));
        var symbols = doc.MainDocumentPart!.Document.Body!.Descendants<SymbolChar>().ToList();

        symbols.Should().NotBeEmpty();
        symbols.Should().OnlyContain(s => s.Font!.Value == "Wingdings 3" && (s.Char!.Value == "F070" || s.Char!.Value == "F071"));
        // 89 indicator rows give ordinals 3, 6, ..., 87; the two rows without a glyph (ordinals 55 and 68) are not among them.
        symbols.Should().HaveCount(29);
    }

    [Fact]
    public void Bullet_colours_reproduce_the_reports_rag_summary()
    {
        var rags = Entry("harrow-strategic-performance-q2-2023-24").Observations.GroupBy(o => o.Section)
            .ToDictionary(g => g.Key, g => (g.Count(o => o.Rag == Rag.Red), g.Count(o => o.Rag == Rag.Green), g.Count(o => o.Rag == Rag.Amber)));

        rags.Should().BeEquivalentTo(new Dictionary<string, (int, int, int)>
        {
            ["Performance Indicators – Residents First Q2"] = (4, 9, 1),
            ["Performance Indicators – Clean and Safe Q2"] = (0, 19, 3),
            ["Performance Indicators – Supporting those in Need Q2"] = (9, 15, 4),
        });
    }

    [Fact]
    public void The_cover_report_gold_file_is_the_header_line_only()
    {
        var csv = System.Text.Encoding.UTF8.GetString(ExpectedCsv.Write(Entry("harrow-cabinet-cover").Observations));

        csv.Should().Be(string.Join(",", ObservationColumns.Names) + "\n");
    }

    [Fact]
    public void Gold_files_parse_back_to_the_contract_columns()
    {
        foreach (var entry in Entries)
        {
            var records = CsvText.Parse(System.Text.Encoding.UTF8.GetString(ExpectedCsv.Write(entry.Observations)));

            records[0].Should().Equal(ObservationColumns.Names);
            records.Skip(1).Should().HaveCount(entry.Observations.Count);
            records.Where(r => r.Length != ObservationColumns.Names.Count).Should().BeEmpty(entry.FileName);
        }
    }

    private static byte[] Docx(CorpusEntry entry) => entry.File.Render();

    private static List<List<string>> ReadTables(byte[] docx)
    {
        using var doc = Open(docx);
        return doc.MainDocumentPart!.Document.Body!.Descendants<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => string.Join(" | ", CellTexts(r))).ToList())
            .ToList();
    }

    private static IEnumerable<string> CellTexts(TableRow row) =>
        row.Elements<TableCell>().Select(c => Ingest.Core.Tables.TextNormaliser.Collapse(string.Concat(c.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => "",
        }))));

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);
}
