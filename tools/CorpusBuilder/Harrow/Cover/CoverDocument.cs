using CorpusBuilder.Script;
using CorpusBuilder.Word;
using DocumentFormat.OpenXml;

namespace CorpusBuilder.Harrow.Cover;

/// <summary>
/// The Cabinet cover report: a two-column details table, prose and a one-row risk table with a green
/// "RAG Status". Nothing in it is an indicator with a target or actual, so its gold file is the header only.
/// </summary>
internal static class CoverDocument
{
    public const string Title = "Strategic Performance Report Q2 2023-24";

    public static DocxContent Build(IReadOnlyList<ScriptBlock> blocks)
    {
        var body = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            body.Add(block switch
            {
                TextBlock text => ScriptText.Paragraph(text),
                GenericTableBlock table => ScriptText.Table(table),
                _ => throw new InvalidDataException($"script line {block.Line}: the cover report has no {block.GetType().Name}"),
            });
            if (block is GenericTableBlock) body.Add(Blocks.Empty());
        }
        return new DocxContent(body, PageSetup.PortraitNormal, HarrowCorpus.PageHeader, Title,
            HarrowCorpus.Author, new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.Zero));
    }
}
