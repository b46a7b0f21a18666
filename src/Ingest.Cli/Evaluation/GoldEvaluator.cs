using Ingest.Cli.Processing;

namespace Ingest.Cli.Evaluation;

/// <summary>Finds documents with an expected CSV beside them (NAME.expected.csv) and scores their extraction.</summary>
public sealed class GoldEvaluator
{
    public const string ExpectedSuffix = ".expected.csv";

    private readonly DocumentProcessor _processor;

    public GoldEvaluator(DocumentProcessor processor) => _processor = processor;

    /// <summary>Every document under <paramref name="directory"/> whose NAME.expected.csv exists; several formats may share one.</summary>
    public static IReadOnlyList<(string Document, string Expected)> FindPairs(string directory) =>
        InputWalker.Expand([directory], out _)
            .Select(doc => (doc, expected: Path.Combine(Path.GetDirectoryName(doc)!, Path.GetFileNameWithoutExtension(doc) + ExpectedSuffix)))
            .Where(p => File.Exists(p.expected))
            .ToList();

    public DocumentEvaluation Evaluate(string document, string expectedCsv)
    {
        var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), document);
        var expected = GoldComparer.ParseCsv(File.ReadAllText(expectedCsv));
        var processed = _processor.Process(document);
        if (!processed.Succeeded)
            return new DocumentEvaluation(name, expected.Count, 0, 0,
                GoldComparer.Fields.Select(f => new FieldScore(f, 0, 0)).ToList(), [], processed.Error);
        var extracted = processed.Result!.Observations.Select(GoldComparer.ToRow).ToList();
        return GoldComparer.Compare(name, expected, extracted);
    }

    public EvaluationReport EvaluateAll(string directory) =>
        new(FindPairs(directory).Select(p => Evaluate(p.Document, p.Expected)).ToList());
}
