namespace Ingest.Cli.Evaluation;

public sealed record FieldScore(string Field, int Correct, int Compared)
{
    public double Accuracy => Compared == 0 ? 1.0 : (double)Correct / Compared;
}

/// <summary>How one document's extraction compares with its expected CSV.</summary>
public sealed record DocumentEvaluation(
    string Document,
    int Expected,
    int Extracted,
    int Matched,
    IReadOnlyList<FieldScore> Fields,
    IReadOnlyList<string> Differences,
    string? Error = null)
{
    public double Precision => Extracted == 0 ? (Expected == 0 ? 1.0 : 0.0) : (double)Matched / Extracted;
    public double Recall => Expected == 0 ? (Extracted == 0 ? 1.0 : 0.0) : (double)Matched / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Totals are micro-averaged: every row and every field comparison counts once, whichever document it is in.</summary>
public sealed record EvaluationReport(IReadOnlyList<DocumentEvaluation> Documents, IReadOnlyList<DocumentEvaluation> Actions)
{
    public DocumentEvaluation Total => Combine("TOTAL", Documents);

    public DocumentEvaluation ActionsTotal => Combine("TOTAL", Actions);

    /// <summary>Totals per group (format, layout), in the groups' name order.</summary>
    public IReadOnlyList<DocumentEvaluation> By(Func<DocumentEvaluation, string> group) =>
        Documents.GroupBy(group).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Combine(g.Key, g.ToList())).ToList();

    public static DocumentEvaluation Combine(string name, IReadOnlyList<DocumentEvaluation> documents) => new(
        name,
        documents.Sum(d => d.Expected),
        documents.Sum(d => d.Extracted),
        documents.Sum(d => d.Matched),
        documents.SelectMany(d => d.Fields)
            .GroupBy(f => f.Field)
            .Select(g => new FieldScore(g.Key, g.Sum(f => f.Correct), g.Sum(f => f.Compared)))
            .ToList(),
        [],
        documents.Any(d => d.Error is not null) ? $"{documents.Count(d => d.Error is not null)} document(s) failed" : null);
}
