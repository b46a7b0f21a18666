using CorpusBuilder.Corpus;
using CorpusBuilder.Harrow;
using CorpusBuilder.Report;
using CorpusBuilder.Word;
using Ingest.Core.Observations;

namespace CorpusBuilder.Checks;

/// <summary>
/// A check-case report as a Word document: Brent's proven two-row header (quarter over Actual | Target | RAG, fill-only
/// RAG, a trend column) under Harrow's running header, with the RAG key and the summary sentence as paragraphs.
/// </summary>
internal static class CheckCaseDocument
{
    private const string HeaderFill = "DEEAF6";
    public const int FirstDataRow = 3;

    /// <summary>The heading above the table, which the rows take as their section (as the strategic report's headings are).</summary>
    public const string SectionHeading = "Key performance indicators";

    // Indicator, Good is, previous Actual/Target/RAG, spacer, latest Actual/Target/RAG, Trend: the page's text width.
    private static readonly int[] Widths = [5000, 900, 1100, 1100, 800, 150, 1100, 1100, 800, 3348];

    public static ReportDocument Build(CheckCaseReport report)
    {
        if (Widths.Sum() != PageSetup.LandscapeNarrow.TextWidth) throw new InvalidOperationException("check-case widths do not fill the page");
        var note = DerivedNotes.For("Harrow") + " Built to exercise the dataset checks: " + report.WhatItTriggers + ".";
        var title = $"Harrow Council Quarterly Performance Report {report.Latest.Label}";
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(1, title),
            ParagraphBlock.Text("Key to RAG: Green - met target; Amber - just off target by less than 5%; Red - off target by 5% or more. Trend compares the quarter with the one before."),
            ParagraphBlock.Text(note, ParagraphRole.Note, italic: true),
            new HeadingBlock(2, SectionHeading),
            new TableBlock(Table(report)),
            ParagraphBlock.Text(report.Summary),
        };
        return new ReportDocument(title, HarrowCorpus.Author,
            new DateTimeOffset(report.Latest.End.AddDays(40).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
            PageSetup.LandscapeNarrow, HarrowCorpus.PageHeader, title, blocks, note);
    }

    private static GridTable Table(CheckCaseReport report)
    {
        var rows = new List<GridRow>
        {
            new([
                Head("Performance indicator") with { Merge = RowMerge.Restart }, Head("Good is") with { Merge = RowMerge.Restart },
                Head(report.Previous.Label, 3), GridCell.Empty(), Head(report.Latest.Label, 3), Head("Trend") with { Merge = RowMerge.Restart },
            ], RepeatAsHeader: true, IsHeader: true),
            new([
                GridCell.Continue(fill: HeaderFill), GridCell.Continue(fill: HeaderFill),
                Head("Actual"), Head("Target"), Head("RAG"), GridCell.Empty(), Head("Actual"), Head("Target"), Head("RAG"),
                GridCell.Continue(fill: HeaderFill),
            ], RepeatAsHeader: true, IsHeader: true),
        };
        foreach (var row in report.Rows)
            rows.Add(new GridRow(
            [
                GridCell.Text(row.Indicator), GridCell.Text(row.GoodIs),
                GridCell.Text(row.Previous.Actual), GridCell.Text(row.Previous.Target), RagCell(row.Previous.Rag), GridCell.Empty(),
                GridCell.Text(row.Latest.Actual), GridCell.Text(row.Latest.Target), RagCell(row.Latest.Rag), GridCell.Text(row.Trend),
            ]));
        return new GridTable(Widths, rows).Checked();
    }

    private static GridCell RagCell(Rag? rag) => GridCell.Empty(fill: Brent.BrentDocument.Fill(rag));

    private static GridCell Head(string text, int span = 1) => GridCell.Text(text, bold: true, fill: HeaderFill, span: span);
}
