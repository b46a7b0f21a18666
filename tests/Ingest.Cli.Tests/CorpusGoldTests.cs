using System.Globalization;
using System.Text;
using Ingest.Cli.Evaluation;
using Ingest.Pipeline;
using Xunit.Abstractions;

namespace Ingest.Cli.Tests;

/// <summary>
/// The golden-file test: every corpus document with an expected CSV is extracted and compared with it.
/// On failure it prints per-document row precision/recall, per-field accuracy and the differences.
/// </summary>
public sealed class CorpusGoldTests
{
    // The spine issue's bar: rows and every field at or above 0.99.
    private const double Floor = 0.99;

    private readonly ITestOutputHelper _output;

    public CorpusGoldTests(ITestOutputHelper output) => _output = output;

    /// <summary>Scans have their own, lower bars (OCR); ScannedCorpusEvalTests measures them, where Tesseract and mutool are installed.</summary>
    public const string ScannedFolder = "scanned";

    /// <summary>Formats read through LibreOffice: their documents are a theory of their own, skipped where it is missing.</summary>
    private static readonly string[] LegacyExtensions = [".doc", ".rtf", ".odt"];

    /// <summary>Every document read in process (Word, Excel, HTML, digital PDF): these need no system tool.</summary>
    public static TheoryData<string> Documents() => Pairs(legacy: false);

    public static TheoryData<string> LegacyDocuments() => Pairs(legacy: true);

    private static TheoryData<string> Pairs(bool legacy)
    {
        var data = new TheoryData<string>();
        foreach (var (document, _) in GoldEvaluator.FindPairs(RepositoryPaths.Corpus))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Corpus, document);
            if (relative.StartsWith(ScannedFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            if (LegacyExtensions.Contains(Path.GetExtension(relative), StringComparer.OrdinalIgnoreCase) == legacy) data.Add(relative);
        }
        return data;
    }

    [Fact]
    public void The_corpus_has_documents_with_expected_results() =>
        GoldEvaluator.FindPairs(RepositoryPaths.Corpus).Should().HaveCountGreaterThanOrEqualTo(3);

    [RequiresLibreOfficeTheory]
    [MemberData(nameof(LegacyDocuments))]
    public void Extraction_of_a_legacy_word_document_matches_the_expected_csv(string relativePath) =>
        Extraction_matches_the_expected_csv(relativePath);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extraction_matches_the_expected_csv(string relativePath)
    {
        var document = Path.Combine(RepositoryPaths.Corpus, relativePath);
        var expected = Path.Combine(Path.GetDirectoryName(document)!, Path.GetFileNameWithoutExtension(document) + GoldEvaluator.ExpectedSuffix);
        var (observations, actions) = new GoldEvaluator(new IngestPipelineBuilder().Build()).EvaluateWithActions(document, expected);

        MeetsTheFloor(observations);
        if (actions is not null) MeetsTheFloor(actions);
    }

    private void MeetsTheFloor(DocumentEvaluation evaluation)
    {
        var report = Describe(evaluation);
        _output.WriteLine(report);
        evaluation.Error.Should().BeNull(report);
        evaluation.Precision.Should().BeGreaterThanOrEqualTo(Floor, report);
        evaluation.Recall.Should().BeGreaterThanOrEqualTo(Floor, report);
        foreach (var field in evaluation.Fields)
            field.Accuracy.Should().BeGreaterThanOrEqualTo(Floor, $"field {field.Field}\n{report}");
    }

    internal static string Describe(DocumentEvaluation e)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{e.Document}: expected {e.Expected}, extracted {e.Extracted}, matched {e.Matched}; " +
                                                      $"precision {e.Precision:0.000} recall {e.Recall:0.000}{(e.Error is null ? "" : " error: " + e.Error)}");
        foreach (var f in e.Fields)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {f.Field,-11} {f.Accuracy:0.000} ({f.Correct}/{f.Compared})");
        foreach (var d in e.Differences) text.AppendLine("  " + d);
        return text.ToString();
    }
}
