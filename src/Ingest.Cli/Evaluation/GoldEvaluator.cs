using Ingest.Cli.Processing;
using Ingest.Pipeline;

namespace Ingest.Cli.Evaluation;

/// <summary>Finds documents with an expected CSV beside them (NAME.expected.csv) and scores their extraction.</summary>
public sealed class GoldEvaluator
{
    public const string ExpectedSuffix = ".expected.csv";
    public const string ExpectedActionsSuffix = ".expected-actions.csv";

    private readonly DocumentProcessor _processor;
    private readonly Ingest.Extraction.ExtractionOptions? _options;

    public GoldEvaluator(DocumentProcessor processor, Ingest.Extraction.ExtractionOptions? options = null)
    {
        _processor = processor;
        _options = options;
    }

    /// <summary>Every document under <paramref name="directory"/> whose NAME.expected.csv exists; several formats may share one.</summary>
    public static IReadOnlyList<(string Document, string Expected)> FindPairs(string directory) =>
        InputWalker.Expand([directory], out _)
            .Select(doc => (doc, expected: Path.Combine(Path.GetDirectoryName(doc)!, Path.GetFileNameWithoutExtension(doc) + ExpectedSuffix)))
            .Where(p => File.Exists(p.expected))
            .ToList();

    public DocumentEvaluation Evaluate(string document, string expectedCsv) => EvaluateWithActions(document, expectedCsv).Observations;

    /// <summary>Observations against NAME.expected.csv and, when NAME.expected-actions.csv exists, actions against it.</summary>
    public (DocumentEvaluation Observations, DocumentEvaluation? Actions) EvaluateWithActions(string document, string expectedCsv)
    {
        var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), document);
        var expected = GoldComparer.ParseCsv(File.ReadAllText(expectedCsv));
        var actionsCsv = expectedCsv[..^ExpectedSuffix.Length] + ExpectedActionsSuffix;
        var expectedActions = File.Exists(actionsCsv) ? GoldComparer.ParseCsv(File.ReadAllText(actionsCsv)) : null;
        var processed = _processor.Process(document, _options);
        if (!processed.Succeeded)
            return (Failed(name, expected.Count, GoldComparer.Fields, processed.Error),
                expectedActions is null ? null : Failed(name, expectedActions.Count, GoldComparer.ActionFields, processed.Error));
        var result = processed.Result!;
        var observations = GoldComparer.Compare(name, expected, result.Observations.Select(GoldComparer.ToRow).ToList());
        var actions = expectedActions is null
            ? null
            : GoldComparer.CompareActions(name, expectedActions, result.Actions.Select(GoldComparer.ToRow).ToList());
        return (observations, actions);
    }

    public EvaluationReport EvaluateAll(string directory)
    {
        var results = FindPairs(directory).Select(p => EvaluateWithActions(p.Document, p.Expected)).ToList();
        return new EvaluationReport(results.Select(r => r.Observations).ToList(),
            results.Where(r => r.Actions is not null).Select(r => r.Actions!).ToList());
    }

    private static DocumentEvaluation Failed(string name, int expected, IReadOnlyList<string> fields, string? error) =>
        new(name, expected, 0, 0, fields.Select(f => new FieldScore(f, 0, 0)).ToList(), [], error);
}
