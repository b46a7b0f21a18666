using CorpusBuilder.Report;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>Turns a format-neutral <see cref="ReportDocument"/> into the content of a Word file.</summary>
internal static class ReportDocx
{
    public static DocxContent Build(ReportDocument report)
    {
        var body = new List<OpenXmlElement>();
        var images = new List<DocxImage>();
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    body.Add(h.Level == 1 ? Blocks.Heading1(h.Text) : Blocks.Heading2(h.Text));
                    break;
                case ParagraphBlock p:
                    body.Add(Blocks.Paragraph(p.Pieces, bullet: p.Role == ParagraphRole.Bullet));
                    break;
                case TableBlock t:
                    body.Add(GridDocx.Table(t.Table));
                    // Word needs a paragraph after a table; two tables in a row would otherwise merge into one.
                    body.Add(Blocks.Empty());
                    break;
                case ImageBlock i:
                    var n = images.Count + 1;
                    var image = new DocxImage($"rIdImage{n}", $"media/image{n}.png", i.Png);
                    images.Add(image);
                    body.Add(InlinePicture.Paragraph(image.RelationshipId, (uint)n, $"Chart {n}", i.Description, i.WidthPixels, i.HeightPixels));
                    break;
                default:
                    throw new InvalidOperationException($"no Word drawing for {block.GetType().Name}");
            }
        }
        var footnotes = Footnotes(report);
        return new DocxContent(body, report.Page, report.PageHeader, report.Title, report.Author, report.Created)
        {
            PageFooter = report.PageFooter,
            Footnotes = footnotes,
            Images = images,
            Description = report.Description,
        };
    }

    /// <summary>Every footnote the report references, once each, numbered 1, 2, ... in order.</summary>
    private static IReadOnlyList<FootnotePiece> Footnotes(ReportDocument report)
    {
        var inParagraphs = report.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Pieces);
        var inTables = report.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).SelectMany(c => c.Content);
        var notes = inParagraphs.Concat(inTables).OfType<FootnotePiece>().DistinctBy(f => f.Id).OrderBy(f => f.Id).ToList();
        if (notes.Select(n => n.Id).SequenceEqual(Enumerable.Range(1, notes.Count))) return notes;
        throw new InvalidOperationException("footnote ids must run 1, 2, 3, ...");
    }
}
