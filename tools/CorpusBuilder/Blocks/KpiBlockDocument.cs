using System.Globalization;
using CorpusBuilder.Report;
using CorpusBuilder.Word;
using Ingest.Core.Observations;

namespace CorpusBuilder.KpiBlocks;

/// <summary>A KPI placed in the document: its row in the summary table (1-based, header included).</summary>
internal sealed record PlacedKpi(KpiBlockEntry Entry, int SummaryTable, int SummaryRow);

/// <summary>
/// Draws a block report (portrait, running header "Kent County Council", footer with page numbers): title,
/// introduction and RAG key, a summary table (Ref | Key Performance Indicator | previous quarter RAG | latest
/// quarter RAG, directorate rows spanning the table, RAG cells printing the word on its colour), then per
/// directorate a heading and one block per KPI: a bold title ending with the RAG word in its colour, the
/// labelled values line, a small bar chart picture of the two quarters, and a sentence of commentary.
/// </summary>
internal static class KpiBlockDocument
{
    private static readonly int[] Widths = [1150, 4976, 1450, 1450];

    public static (ReportDocument Document, IReadOnlyList<PlacedKpi> Placed) Build(KpiBlockReport report, string derivedNote)
    {
        if (Widths.Sum() != PageSetup.PortraitNormal.TextWidth) throw new InvalidOperationException("summary widths do not fill the page");
        var placed = new List<PlacedKpi>();
        var summary = Summary(report, placed);
        var months = string.Create(CultureInfo.InvariantCulture, $"{report.Latest.Start:MMMM} to {report.Latest.End:MMMM yyyy}");
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(1, $"Quarterly Performance Report {report.Latest.Label}"),
            ParagraphBlock.Text($"This report sets out the council's Key Performance Indicators (KPIs) for {months}. Each KPI is shown with its RAG rating, the latest result against its target and floor standard, the previous quarter's result and a chart of the two quarters."),
            ParagraphBlock.Text("RAG ratings: GREEN means the target has been met; AMBER means the floor standard has been met but not the target; RED means performance is below the floor standard."),
            ParagraphBlock.Text(derivedNote, ParagraphRole.Note, italic: true),
            new HeadingBlock(2, "Summary of KPI RAG ratings"),
            new TableBlock(summary),
        };
        foreach (var section in report.Entries.GroupBy(e => e.Indicator.Section))
        {
            blocks.Add(new HeadingBlock(2, section.Key));
            foreach (var entry in section) blocks.AddRange(Block(report, entry));
        }
        var title = $"Kent Quarterly Performance Report {report.Latest.Label}";
        var document = new ReportDocument(title, KpiBlockCorpus.Author,
            new DateTimeOffset(report.Latest.End.AddDays(45).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
            PageSetup.PortraitNormal, KpiBlockCorpus.PageHeader, $"Quarterly Performance Report {report.Latest.Label}", blocks, derivedNote);
        return (document, placed);
    }

    private static IEnumerable<ReportBlock> Block(KpiBlockReport report, KpiBlockEntry entry)
    {
        var rag = entry.Latest.Rag;
        yield return new ParagraphBlock(
        [
            new TextPiece(entry.Title + " ", Bold: true),
            new TextPiece(KpiBlockCorpus.Word(rag), Bold: true, Colour: Contract.Vocabulary.Colour(rag)),
        ]);
        yield return ParagraphBlock.Text(entry.ValuesLine);
        // Bars are drawn to a tenth of the figure so one-decimal figures keep their difference.
        yield return BarChart.Draw(
            [((int)(entry.Previous.Value * 10), Contract.Vocabulary.Colour(entry.Previous.Rag)), ((int)(entry.Latest.Value * 10), Contract.Vocabulary.Colour(rag))],
            $"Chart of {entry.Indicator.Ref}: {report.Previous.Label} {entry.Previous.Printed}, {report.Latest.Label} {entry.Latest.Printed}",
            width: 240, height: 90);
        yield return ParagraphBlock.Text(entry.Commentary);
    }

    private static GridTable Summary(KpiBlockReport report, List<PlacedKpi> placed)
    {
        var rows = new List<GridRow>
        {
            new([Head("Ref"), Head("Key Performance Indicator"), Head($"{report.Previous.Label} RAG"), Head($"{report.Latest.Label} RAG")],
                RepeatAsHeader: true, IsHeader: true),
        };
        foreach (var section in report.Entries.GroupBy(e => e.Indicator.Section))
        {
            rows.Add(new GridRow([GridCell.Text(section.Key, bold: true, fill: KpiBlockCorpus.SectionFill, span: Widths.Length)]));
            foreach (var entry in section)
            {
                placed.Add(new PlacedKpi(entry, 1, rows.Count + 1));
                rows.Add(new GridRow([
                    GridCell.Text(entry.Indicator.Ref), GridCell.Text(entry.Indicator.Name),
                    RagCell(entry.Previous.Rag), RagCell(entry.Latest.Rag),
                ]));
            }
        }
        return new GridTable(Widths, rows).Checked();
    }

    private static GridCell RagCell(Rag rag) => GridCell.Text(KpiBlockCorpus.Word(rag), bold: true, fill: Contract.Vocabulary.Colour(rag));

    private static GridCell Head(string text) => GridCell.Text(text, bold: true, fill: KpiBlockCorpus.HeaderFill);
}
