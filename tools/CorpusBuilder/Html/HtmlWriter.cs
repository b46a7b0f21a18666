using System.Globalization;
using System.Text;
using CorpusBuilder.Report;
using CorpusBuilder.Spreadsheet;
using CorpusBuilder.Word;

namespace CorpusBuilder.Html;

/// <summary>
/// Writes a report as a page saved from a council's committee website: the site's chrome around the paper,
/// headings, paragraphs (strong, em), lists, tables with th, rowspan and colspan, fills as inline style or
/// bgcolor, b for bold cell text, br for line breaks, footnotes as superscript links, the chart as an inline
/// data: image. Empty cells hold &amp;nbsp; as such pages do.
/// </summary>
internal static class HtmlWriter
{
    public static string Write(ReportDocument report, SiteChrome chrome)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(HtmlText.Escape(report.Title)).Append(" | ").Append(HtmlText.Escape(chrome.SiteName)).Append("</title>\n");
        if (report.Description is not null)
            html.Append("<meta name=\"description\" content=\"").Append(HtmlText.Escape(report.Description)).Append("\">\n");
        html.Append("<style>body{font-family:Arial,sans-serif} table{border-collapse:collapse} td,th{border:1px solid #777;vertical-align:top} .sideways{writing-mode:vertical-rl;transform:rotate(180deg)}</style>\n");
        html.Append("</head>\n<body>\n");
        html.Append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").Append(HtmlText.Escape(chrome.SiteName)).Append("</a></header>\n");
        html.Append("<nav class=\"site-nav\">\n<ul>\n");
        foreach (var (text, href) in chrome.Navigation)
            html.Append("<li><a href=\"").Append(HtmlText.Escape(href)).Append("\">").Append(HtmlText.Escape(text)).Append("</a></li>\n");
        html.Append("</ul>\n</nav>\n");
        html.Append("<div class=\"breadcrumb\">").Append(string.Join(" &gt; ", chrome.Breadcrumb.Select(HtmlText.Escape))).Append("</div>\n");
        html.Append("<main id=\"content\">\n");
        if (report.PageHeader is not null) html.Append("<p class=\"running-header\">").Append(HtmlText.Escape(report.PageHeader)).Append("</p>\n");
        var inList = false;
        foreach (var block in report.Blocks)
        {
            var bullet = block is ParagraphBlock { Role: ParagraphRole.Bullet };
            if (bullet && !inList) html.Append("<ul>\n");
            if (!bullet && inList) html.Append("</ul>\n");
            inList = bullet;
            html.Append(Block(block, chrome.Fills));
        }
        if (inList) html.Append("</ul>\n");
        html.Append(Footnotes(report));
        html.Append("</main>\n");
        html.Append("<footer class=\"site-footer\"><p>").Append(HtmlText.Escape(chrome.Footer))
            .Append(" &nbsp;|&nbsp; <a href=\"/accessibility\">Accessibility</a> &nbsp;|&nbsp; <a href=\"/privacy\">Privacy</a></p></footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Block(ReportBlock block, FillMarkup fills) => block switch
    {
        HeadingBlock h => $"<h{h.Level}>{HtmlText.Escape(h.Text)}</h{h.Level}>\n",
        ParagraphBlock { Role: ParagraphRole.Bullet } p => $"<li>{Inline(p.Pieces, "strong")}</li>\n",
        ParagraphBlock { Role: ParagraphRole.Caption or ParagraphRole.Note } p => $"<p class=\"note\">{Inline(p.Pieces, "strong")}</p>\n",
        ParagraphBlock p => p.Pieces.Count == 0 ? "" : $"<p>{Inline(p.Pieces, "strong")}</p>\n",
        TableBlock t => Table(t.Table, fills),
        ImageBlock i => $"<p class=\"chart\"><img src=\"data:image/png;base64,{Convert.ToBase64String(i.Png)}\" width=\"{i.WidthPixels}\" height=\"{i.HeightPixels}\" alt=\"{HtmlText.Escape(i.Description)}\"></p>\n",
        _ => throw new InvalidOperationException($"no HTML for {block.GetType().Name}"),
    };

    private static string Table(GridTable table, FillMarkup fills)
    {
        table.Checked();
        var html = new StringBuilder("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
        var headRows = table.Rows.TakeWhile(r => r.RepeatAsHeader).Count();
        if (headRows > 0) html.Append("<thead>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (r == headRows) html.Append(headRows > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
            var row = table.Rows[r];
            html.Append("<tr>");
            foreach (var (cell, column) in table.Positioned(r))
            {
                if (cell.Merge == RowMerge.Continue) continue;
                var tag = row.IsHeader ? "th" : "td";
                html.Append('<').Append(tag);
                if (cell.ColSpan > 1) html.Append(" colspan=\"").Append(cell.ColSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
                if (cell.Merge == RowMerge.Restart) html.Append(" rowspan=\"").Append(table.RowSpan(r, column).ToString(CultureInfo.InvariantCulture)).Append('"');
                if (cell.Fill is not null)
                    html.Append(fills == FillMarkup.BgColor ? $" bgcolor=\"#{cell.Fill}\"" : $" style=\"background:#{cell.Fill}\"");
                if (cell.Vertical) html.Append(" class=\"sideways\"");
                html.Append('>');
                var content = Inline(cell.Content, "b");
                html.Append(content.Length == 0 ? "&nbsp;" : content);
                html.Append("</").Append(tag).Append('>');
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }

    private static string Inline(IReadOnlyList<IInline> pieces, string boldTag)
    {
        var html = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece is FootnotePiece f)
            {
                var n = f.Id.ToString(CultureInfo.InvariantCulture);
                html.Append("<sup><a href=\"#fn").Append(n).Append("\" id=\"fnref").Append(n).Append("\">").Append(n).Append("</a></sup>");
                continue;
            }
            var text = HtmlText.Escape(XlsxWriter.PlainText(piece)).Replace("\n", "<br>", StringComparison.Ordinal);
            if (piece is TextPiece { Italic: true }) text = $"<em>{text}</em>";
            if (piece is TextPiece { Bold: true } && text.Trim().Length > 0) text = $"<{boldTag}>{text}</{boldTag}>";
            if (piece is TextPiece { Subscript: true }) text = $"<sub>{text}</sub>";
            html.Append(text);
        }
        return html.ToString();
    }

    private static string Footnotes(ReportDocument report)
    {
        var notes = report.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).SelectMany(c => c.Content)
            .Concat(report.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Pieces))
            .OfType<FootnotePiece>().DistinctBy(f => f.Id).OrderBy(f => f.Id).ToList();
        if (notes.Count == 0) return "";
        var html = new StringBuilder("<div class=\"footnotes\">\n<ol>\n");
        foreach (var note in notes)
            html.Append("<li id=\"fn").Append(note.Id.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(HtmlText.Escape(note.NoteText)).Append("</li>\n");
        return html.Append("</ol>\n</div>\n").ToString();
    }
}
