namespace Ingest.Readers.Html;

/// <summary>
/// The winning value of each property the reader cares about for one element, after its style sheet
/// rules and its style attribute; null where nothing is declared. Values are lower-case.
/// </summary>
internal readonly record struct ResolvedStyle(string? Colour, string? Background, string? FontWeight, string? Display, string? Visibility)
{
    public bool IsHidden => Display == "none" || Visibility is "hidden" or "collapse";
}
