using Ingest.Core.Tables;

namespace Ingest.Extraction.Rules;

/// <summary>
/// extraction-rules/documents.yaml: reports that are not performance reports, told by their title. A
/// finance monitoring report's treasury tables ("Liquidity risk indicator | Actual | Minimum") read like
/// a scorecard's, but its figures are budgets and limits, not the council's performance.
/// </summary>
public sealed class DocumentKindRules
{
    public const string FileName = "documents.yaml";

    /// <summary>Words of a title that make a report not a performance report ("finance monitoring").</summary>
    public List<string> NotScorecards { get; set; } = [];

    /// <summary>Words that, in the same title, make it one after all ("finance and performance monitoring").</summary>
    public List<string> UnlessAlso { get; set; } = [];

    /// <summary>How many of the document's first paragraphs are looked at for its title.</summary>
    public int TitleParagraphs { get; set; } = 12;

    /// <summary>The title that says this is not a performance report, or null.</summary>
    public string? NotAScorecard(DocumentContent document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var paragraph in document.StatedText().Take(TitleParagraphs))
        {
            var title = TextNormaliser.Collapse(paragraph);
            if (title.Length > 150) continue;
            if (NotScorecards.Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase))
                && !UnlessAlso.Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase)))
                return title;
        }
        return null;
    }
}
