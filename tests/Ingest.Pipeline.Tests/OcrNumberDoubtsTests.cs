using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Dataset.Checks;

namespace Ingest.Pipeline.Tests;

/// <summary>An OCR'd row whose stated RAG contradicts its numbers goes to `ingest review`, its values left as read.</summary>
public sealed class OcrNumberDoubtsTests
{
    private static readonly Period Q2 = Period.FinancialQuarter(2023, 2);

    [Fact]
    public void A_scanned_row_whose_rag_contradicts_its_numbers_is_lowered_below_review_and_keeps_its_values()
    {
        // A "95%" target read as "99%": the row says GREEN, but 96 against 99 is a miss.
        var misread = Row(3, target: 99, actual: 96, confidence: 0.94);
        var fine = Row(4, target: 90, actual: 96, confidence: 0.94);
        var flagged = OcrNumberDoubts.Flag(Content(ocr: true), [misread, fine], [Contradiction(3)], doubtful: 0.5);

        flagged[0].Confidence.Should().Be(0.5);
        flagged[0].Target.Should().Be(99, "nothing is guessed");
        flagged[1].Should().Be(fine);
    }

    [Fact]
    public void A_digital_row_is_left_alone_and_a_less_sure_row_is_not_raised()
    {
        var row = Row(3, target: 99, actual: 96, confidence: 1.0);
        OcrNumberDoubts.Flag(Content(ocr: false), [row], [Contradiction(3)], doubtful: 0.5).Single().Should().Be(row);

        var unsure = Row(3, target: 99, actual: 96, confidence: 0.3);
        OcrNumberDoubts.Flag(Content(ocr: true), [unsure], [Contradiction(3)], doubtful: 0.5).Single().Confidence.Should().Be(0.3);
    }

    private static Observation Row(int row, decimal target, decimal actual, double confidence) => new()
    {
        Council = "brent", Document = "scan.pdf", Table = 1, Row = row, Indicator = "Complaints closed in time",
        IndicatorKey = "complaints-closed", Period = Q2, Target = target, Actual = actual, Rag = Rag.Green,
        RagSource = RagSource.Text, Polarity = Polarity.Higher, Confidence = confidence,
    };

    private static Finding Contradiction(int row) =>
        new(CheckNames.RagVsValues, FindingSeverity.Error, "stated green, but actual 96 against target 99 is red", "brent",
            "complaints-closed", Q2.Label, "scan.pdf", 1, row);

    private static DocumentContent Content(bool ocr)
    {
        var cell = new Cell(0, 0, [new TextRun("96%")], Confidence: ocr ? 0.94 : null);
        var table = new Table(1, [new TableRow(0, [cell])], 1, []);
        return new DocumentContent(new DocumentSource("scan.pdf", "scan.pdf", "00", 1, "pdf"), [], [table], []);
    }
}
