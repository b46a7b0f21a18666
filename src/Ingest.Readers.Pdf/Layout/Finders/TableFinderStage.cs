namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>When a finder runs in the reading of a document.</summary>
internal enum TableFinderStage
{
    /// <summary>
    /// Page by page, before running headers and footers are looked for: drawn rules show a table
    /// plainly, and a table header repeated on every page must not be taken for a page header.
    /// </summary>
    BeforeRunningText,

    /// <summary>
    /// Once every page is read and its running headers and footers removed, so that they cannot be
    /// taken for rows of a table found from text alignment alone.
    /// </summary>
    AfterRunningText,
}
