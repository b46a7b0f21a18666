using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Layout.Finders;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// One page after its first pass: its layout, the tables found on it so far, and the text lines outside
/// them. Finders of the later stage run once running headers and footers (which need every page) are
/// known and cannot be taken for table rows.
/// </summary>
internal sealed class PagePass(PageLayout layout, List<GridTable> tables, List<TextLine> lines)
{
    public PageLayout Layout { get; } = layout;
    public int Number => Layout.Number;
    public List<GridTable> Tables { get; } = tables;
    public List<TextLine> Lines { get; set; } = lines;
}

/// <summary>Finds the tables of one page, finder by finder, and what text is left around them.</summary>
internal static class PageAnalyser
{
    public static PagePass FindBeforeRunningText(PageContent content, TableExtractionOptions options)
    {
        var page = PageLayout.From(content, options.Area);
        var pass = new PagePass(page, [], page.Lines.ToList());
        Run(pass, options, TableFinderStage.BeforeRunningText);
        return pass;
    }

    /// <summary>The second stage, on the body lines (headers and footers already removed); then tables in reading order.</summary>
    public static void FindAfterRunningText(PagePass pass, TableExtractionOptions options)
    {
        Run(pass, options, TableFinderStage.AfterRunningText);
        pass.Tables.Sort((a, b) => a.Box.Top.CompareTo(b.Box.Top));
    }

    private static void Run(PagePass pass, TableExtractionOptions options, TableFinderStage stage)
    {
        var rules = options.Layout ?? PdfLayoutRules.Defaults;
        foreach (var finder in TableFinders.For(options.Mode, rules))
        {
            if (finder.Stage != stage) continue;
            var finding = finder.Find(pass.Layout, pass.Lines, pass.Tables);
            foreach (var table in finding.Tables)
            {
                GridFills.Assign(table, pass.Layout.Fills, rules.CellFills);
                pass.Tables.Add(table);
            }
            pass.Lines = finding.Remaining;
        }
    }
}
