using CorpusBuilder.Brent;
using CorpusBuilder.Corpus;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

public sealed class BrentTests
{
    private static readonly IReadOnlyList<CorpusEntry> Entries = BrentEntries.All();

    private static CorpusEntry Q3 => Entries.Single(e => e.Period == "Q3 2023/24" && e.Format == "docx");

    private static WordprocessingDocument Open(CorpusEntry entry) => WordprocessingDocument.Open(new MemoryStream(entry.File.Render()), false);

    [Fact]
    public void The_header_spans_two_rows_with_merged_period_groups_and_actual_before_target()
    {
        using var doc = Open(Q3);
        foreach (var table in doc.MainDocumentPart!.Document.Body!.Elements<Table>())
        {
            var rows = table.Elements<TableRow>().Take(2).ToList();
            var groups = rows[0].Elements<TableCell>().Where(c => c.TableCellProperties?.GridSpan?.Val?.Value == 3).Select(c => c.InnerText);
            groups.Should().Equal("Q2 2023/24", "Q3 2023/24");
            rows[1].Elements<TableCell>().Select(c => c.InnerText).Where(t => t.Length > 0)
                .Should().Equal("Actual", "Target", "RAG", "Actual", "Target", "RAG");
            rows.Should().OnlyContain(r => r.TableRowProperties!.GetFirstChild<TableHeader>() != null);
            rows[1].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value.Should().Be(MergedCellValues.Continue);
        }
    }

    [Fact]
    public void The_spacer_column_is_empty_in_every_row()
    {
        using var doc = Open(Q3);
        var rows = doc.MainDocumentPart!.Document.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().ToList()).Where(c => c.Count == BrentDocument.Widths.Length).ToList();

        rows.Should().HaveCountGreaterThan(20);
        rows.Should().OnlyContain(c => c[BrentDocument.SpacerColumn].InnerText.Length == 0
                                       && c[BrentDocument.SpacerColumn].TableCellProperties!.Shading == null);
    }

    [Fact]
    public void Rag_is_only_a_fill_and_the_gold_reads_it_as_colour()
    {
        using var doc = Open(Q3);
        var tables = doc.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        foreach (var o in Q3.Observations.Where(o => o.Rag is not null))
        {
            var cells = tables[o.Table - 1].Elements<TableRow>().ElementAt(o.Row - 1).Elements<TableCell>().ToList();
            var rag = cells[o.Period.Label == "Q3 2023/24" ? 9 : 5];
            rag.InnerText.Should().BeEmpty();
            rag.TableCellProperties!.Shading!.Fill!.Value.Should().Be(BrentDocument.Fill(o.Rag));
            o.RagSource.Should().Be(RagSource.Colour);
        }
        Q3.Observations.Should().Contain(o => o.Rag == Rag.Amber).And.Contain(o => o.Rag == Rag.Red).And.Contain(o => o.Rag == Rag.Green);
    }

    [Fact]
    public void Footnote_references_are_real_and_not_part_of_the_indicator()
    {
        using var doc = Open(Q3);
        var references = doc.MainDocumentPart!.Document.Body!.Descendants<FootnoteReference>().ToList();
        var notes = doc.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList();

        references.Select(r => (int)r.Id!.Value).Should().Equal(1, 2, 3, 4);
        notes.Select(n => n.InnerText.Trim()).Should().Contain("Snapshot at the last day of the quarter.");
        var cell = references[1].Ancestors<TableCell>().First();
        cell.InnerText.Should().Be("Number of households in temporary accommodation");
        Q3.Observations.Should().Contain(o => o.Indicator == "Number of households in temporary accommodation");
    }

    [Fact]
    public void A_chart_picture_and_prose_sit_between_the_two_tables_and_pages_are_numbered()
    {
        using var doc = Open(Q3);
        var body = doc.MainDocumentPart!.Document.Body!.ChildElements.ToList();
        var tables = body.Select((e, i) => (e, i)).Where(x => x.e is Table).Select(x => x.i).ToList();
        var picture = body.FindIndex(e => e.Descendants<Drawing>().Any());

        tables.Should().HaveCount(2);
        picture.Should().BeInRange(tables[0] + 1, tables[1] - 1);
        doc.MainDocumentPart.ImageParts.Should().ContainSingle();
        var footer = doc.MainDocumentPart.FooterParts.Single().Footer!;
        footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).Should().Equal("PAGE", "NUMPAGES");
        doc.MainDocumentPart.HeaderParts.Single().Header!.InnerText.Should().Be("Brent Council");
    }

    [Fact]
    public void Pounds_in_millions_are_read_as_currency()
    {
        var rates = Q3.Observations.First(o => o.Indicator == "Business rates collected (£m, cumulative)");

        rates.Unit.Should().Be(Unit.Currency);
        rates.Actual.Should().Be(decimal.Parse(rates.ActualRaw.TrimStart('£').TrimEnd('m'), System.Globalization.CultureInfo.InvariantCulture) * 1_000_000m);
    }

    [Fact]
    public void The_lagged_indicator_prints_no_figure_for_the_reporting_quarter_only()
    {
        foreach (var entry in Entries.Where(e => e.Format == "docx"))
        {
            var lagged = entry.Observations.Where(o => o.Indicator.StartsWith("Delayed transfers of care", StringComparison.Ordinal)).ToList();
            lagged.Single(o => o.Period.Label == entry.Period).ActualRaw.Should().Be("n/a");
        }
    }

    [Fact]
    public void Brent_rag_follows_its_key_of_ten_percent_for_amber()
    {
        foreach (var o in Entries.SelectMany(e => e.Observations).Where(o => o.Rag is not null))
        {
            var shortfall = o.Polarity == Polarity.Lower ? o.Actual!.Value - o.Target!.Value : o.Target!.Value - o.Actual!.Value;
            var expected = shortfall <= 0 ? Rag.Green : shortfall / o.Target.Value < 0.10m ? Rag.Amber : Rag.Red;
            o.Rag.Should().Be(expected, $"{o.Indicator} {o.Period.Label}");
        }
    }
}
