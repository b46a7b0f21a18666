using CorpusBuilder.Contract;
using CorpusBuilder.Script;
using CorpusBuilder.Word;
using DocumentFormat.OpenXml;

namespace CorpusBuilder.Harrow.Strategic;

/// <summary>Draws Appendix 1: prose, Flagship Actions tables and the Performance Indicators tables whose RAG is only a bullet's colour.</summary>
internal static class StrategicDocument
{
    public const string Title = "Appendix 1 - Strategic Performance Report Q2 2023-24";
    public const string Bullet = "●";

    private const string HeaderFill = "D9E2F3";
    private const string TitleFill = "1F3864";
    private const string White = "FFFFFF";

    private static readonly int[] FlagshipWidths = [500, 8526];
    private static readonly int[] IndicatorWidths = [400, 4626, 1400, 1300, 1300];

    /// <summary>Flagship status rows and their bullets: COMPLETED is blue in Harrow's key.</summary>
    private static readonly IReadOnlyDictionary<string, string> StatusColours = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["COMPLETED"] = "0070C0",
        ["GREEN"] = "00B050",
        ["AMBER"] = "FFC000",
        ["RED"] = "FF0000",
    };

    public static DocxContent Build(IReadOnlyList<ScriptBlock> blocks, IReadOnlyList<RatedIndicator> rated) =>
        Build(blocks, rated, Title, new DateTimeOffset(2023, 12, 20, 9, 0, 0, TimeSpan.Zero), derivedNote: null);

    /// <param name="derivedNote">For derived reports, the sentence saying so, printed last and kept in the properties.</param>
    public static DocxContent Build(IReadOnlyList<ScriptBlock> blocks, IReadOnlyList<RatedIndicator> rated, string title,
        DateTimeOffset created, string? derivedNote)
    {
        var body = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock text: body.Add(ScriptText.Paragraph(text)); break;
                case FlagshipBlock flagship: body.Add(Flagship(flagship)); body.Add(Blocks.Empty()); break;
                case IndicatorTableBlock table: body.Add(Indicators(table, rated)); body.Add(Blocks.Empty()); break;
                case GenericTableBlock generic: body.Add(ScriptText.Table(generic)); break;
            }
        }
        if (PageSetup.PortraitNormal.TextWidth != IndicatorWidths.Sum() || PageSetup.PortraitNormal.TextWidth != FlagshipWidths.Sum())
            throw new InvalidOperationException("table widths do not fill the page");
        if (derivedNote is not null) body.Add(Blocks.Paragraph([new TextPiece(derivedNote, Italic: true)]));
        return new DocxContent(body, PageSetup.PortraitNormal, HarrowCorpus.PageHeader, title, HarrowCorpus.Author, created)
        {
            Description = derivedNote,
        };
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table Flagship(FlagshipBlock block)
    {
        var table = new TableBuilder(FlagshipWidths);
        table.AddRow([new CellSpec([new TextPiece(block.Title, Bold: true, Colour: White)], 2, TitleFill)], repeatAsHeader: true);
        foreach (var line in block.Lines)
        {
            var colour = StatusColours[line.Status];
            if (line.IsStatus)
            {
                var text = line.Status == "AMBER" ? null : White;
                table.AddRow([new CellSpec([new TextPiece(line.Text, Bold: true, Colour: text)], 2, colour)]);
            }
            else
                table.AddRow([new CellSpec([new TextPiece(Bullet, Colour: colour)]), CellSpec.Text(line.Text)]);
        }
        return table.Build();
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table Indicators(IndicatorTableBlock block, IReadOnlyList<RatedIndicator> rated)
    {
        var table = new TableBuilder(IndicatorWidths);
        table.AddRow(block.Header.Select(h => CellSpec.Text(h, bold: true, fill: HeaderFill)).ToList(), repeatAsHeader: true);
        foreach (var line in block.Rows)
        {
            var rating = rated.Single(r => ReferenceEquals(r.Line, line));
            if (rating.Row != table.RowCount + 1) throw new InvalidOperationException("indicator row index drifted");
            table.AddRow(
            [
                new CellSpec([new TextPiece(Bullet, Colour: Vocabulary.Colour(rating.Rag))]),
                CellSpec.Text(line.Indicator),
                CellSpec.Text(line.Polarity),
                CellSpec.Text(line.Target),
                CellSpec.Text(line.Actual),
            ]);
        }
        return table.Build();
    }
}
