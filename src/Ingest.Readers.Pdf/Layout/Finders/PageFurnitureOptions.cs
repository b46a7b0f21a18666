namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Running headers and footers (<c>page_furniture:</c> in <c>extraction-rules/pdf-layout.yaml</c>).</summary>
public sealed record PageFurnitureOptions
{
    /// <summary>The share of the page's height at its top and at its bottom where running text stands.</summary>
    public double Band { get; init; } = 0.12;

    /// <summary>Text in the band is running text when it recurs, at the same place, on at least this share of the pages.</summary>
    public double RecurringShare { get; init; } = 0.5;

    /// <summary>Letters a recurring line may differ by from page to page, as a scan misreads a digit ("Page 3 of S")...</summary>
    public int MaxMisreadLetters { get; init; } = 2;

    /// <summary>...when it is at least this long (digits generalised, spaces dropped): a short line is too easily another.</summary>
    public int MinMisreadLength { get; init; } = 16;
}
