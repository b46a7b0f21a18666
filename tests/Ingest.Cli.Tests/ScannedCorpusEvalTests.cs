using Ingest.Cli.Evaluation;
using Ingest.Pipeline;
using Xunit.Abstractions;

namespace Ingest.Cli.Tests;

/// <summary>
/// Issue 5's bars for scans, over the whole scanned folder (micro-averaged, as `ingest eval` reports it):
/// OCR is never perfect, so the floor is lower than the digital corpus's, but a regression in the
/// OCR reader or the repair rules shows here as a red test rather than as quietly worse data.
/// </summary>
public sealed class ScannedCorpusEvalTests
{
    private const double RowRecallFloor = 0.95;
    private const double ValueFieldFloor = 0.95;
    private static readonly string[] ValueFields = ["target", "actual", "rag"];

    private readonly ITestOutputHelper _output;

    public ScannedCorpusEvalTests(ITestOutputHelper output) => _output = output;

    [RequiresTesseractFact]
    public void Scanned_documents_meet_the_ocr_bars_for_rows_and_values()
    {
        var folder = Path.Combine(RepositoryPaths.Corpus, CorpusGoldTests.ScannedFolder);
        var report = new GoldEvaluator(new IngestPipelineBuilder().Build()).EvaluateAll(folder);
        var total = report.Total;
        var description = Describe(report);
        _output.WriteLine(description);

        report.Documents.Should().HaveCountGreaterThanOrEqualTo(3, description);
        report.Documents.Should().OnlyContain(d => d.Error == null, description);
        total.Recall.Should().BeGreaterThanOrEqualTo(RowRecallFloor, description);
        total.Precision.Should().BeGreaterThanOrEqualTo(RowRecallFloor, description);
        foreach (var field in total.Fields.Where(f => ValueFields.Contains(f.Field)))
            field.Accuracy.Should().BeGreaterThanOrEqualTo(ValueFieldFloor, $"field {field.Field}\n{description}");
        total.Fields.Select(f => f.Field).Should().Contain(ValueFields);
    }

    private static string Describe(EvaluationReport report) =>
        string.Concat(report.Documents.Append(report.Total).Select(CorpusGoldTests.Describe));
}
