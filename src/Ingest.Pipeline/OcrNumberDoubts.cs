using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Dataset.Checks;

namespace Ingest.Pipeline;

/// <summary>
/// Numbers read by OCR that the row's own evidence contradicts. A stated RAG that the council's key, applied to the
/// row's actual and target, would not give (the rag-vs-values check's finding) means a figure or the rating was
/// misread: a scan's "5" read as "9" passes OCR's confidence and turns an on-target row into a missed one. Which of
/// them is wrong the reader cannot tell, so nothing is changed but the row's confidence, which drops below the review
/// threshold: `ingest review` then lists it with the raw text, rather than the pipeline guessing.
/// </summary>
public static class OcrNumberDoubts
{
    public static IReadOnlyList<Observation> Flag(DocumentContent content, IReadOnlyList<Observation> observations,
        IReadOnlyList<Finding>? findings, double doubtful)
    {
        if (findings is not { Count: > 0 } || !ReadByOcr(content)) return observations;
        var contradicted = findings.Where(f => f.Check == CheckNames.RagVsValues && f.Table is not null && f.Row is not null)
            .Select(f => (f.Table!.Value, f.Row!.Value, f.Period))
            .ToHashSet();
        if (contradicted.Count == 0) return observations;
        return observations
            .Select(o => contradicted.Contains((o.Table, o.Row, o.Period.Label)) && o.Confidence > doubtful ? o with { Confidence = doubtful } : o)
            .ToList();
    }

    /// <summary>Only OCR'd cells carry a confidence; a digital document's numbers are what its text says.</summary>
    private static bool ReadByOcr(DocumentContent content) =>
        content.Tables.Any(t => t.Rows.Any(r => r.Cells.Any(c => c.Confidence is not null)));
}
