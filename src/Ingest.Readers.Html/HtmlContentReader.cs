using AngleSharp.Dom;
using Ingest.Core.Tables;

namespace Ingest.Readers.Html;

internal sealed record PageContent(string? Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<Table> Tables);

/// <summary>
/// Reads a parsed page into the shared table model in one walk over the body. The walk keeps its own
/// stack rather than recursing, so a page nested thousands of elements deep cannot overflow the stack.
/// </summary>
internal sealed class HtmlContentReader(PageStyles styles, List<string> warnings, CancellationToken cancellationToken)
{
    /// <summary>Tables nested deeper than this are read as text in their parent's cell.</summary>
    public const int MaxTableNesting = 32;

    private readonly List<Table> _tables = [];
    private int _tableCount;
    private int _steps;
    private bool _warnedNesting;

    public PageContent Read(IDocument document)
    {
        var paragraphs = new List<string>();
        var title = TextNormaliser.Collapse(document.Title);

        var context = new ContextWindow();
        var body = new FlowTarget(
            block =>
            {
                var text = BlockText(block);
                paragraphs.Add(text);
                context.Add(text);
            },
            (table, format) => ReadTable(table, context.Take(), format, depth: 1),
            imagesAsText: false,
            acceptsTables: true);

        if (document.Body is { } root && Shown(root, out var style))
            Walk(root, body, new WalkState(InlineFormat.Default.Inside(root, style), Chrome: false, Preformatted: false));
        body.EndBlock();
        return new PageContent(title.Length > 0 ? title : null, paragraphs, _tables.OrderBy(t => t.Index).ToArray());
    }

    /// <summary>Visits the content of <paramref name="parent"/> in document order.</summary>
    private void Walk(IElement parent, FlowTarget target, WalkState state)
    {
        var stack = new Stack<Step>();
        PushChildren(stack, parent, state);
        while (stack.TryPop(out var step))
        {
            if (++_steps % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            switch (step.Node)
            {
                case null:
                    target.EndBlock();
                    break;
                case IText text when !step.State.Chrome:
                    target.Flow.Text(text.Data, step.State.Format, step.State.Preformatted);
                    break;
                case IElement element:
                    Enter(element, step.State, target, stack);
                    break;
            }
        }
    }

    private void Enter(IElement element, WalkState state, FlowTarget target, Stack<Step> stack)
    {
        var name = element.LocalName;
        if (HtmlElements.IsIgnored(name) || !Shown(element, out var style)) return;
        var format = state.Format.Inside(element, style);
        switch (name)
        {
            case "br":
                target.Flow.LineBreak(state.Format);
                return;
            case "img":
                if (target.ImagesAsText && !state.Chrome && ImageText(element) is { } alt) target.Flow.Word(alt, format);
                return;
            case "table" when target.AcceptsTables:
                target.Table(element, format);
                return;
            case "table" when !_warnedNesting:
                _warnedNesting = true;
                warnings.Add($"tables nested more than {MaxTableNesting} deep were read as text of the cell around them");
                break;
        }

        if (HtmlElements.IsBlock(name, style.Display))
        {
            target.EndBlock();
            stack.Push(Step.BlockEnd);
        }
        PushChildren(stack, element, new WalkState(
            format,
            state.Chrome || PageChrome.IsChrome(element),
            state.Preformatted || HtmlElements.IsPreformatted(name)));
    }

    private static void PushChildren(Stack<Step> stack, IElement parent, WalkState state)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--) stack.Push(new Step(children[i], state));
    }

    private void ReadTable(IElement table, IReadOnlyList<string> context, InlineFormat format, int depth)
    {
        // The index is taken before the cells are read so that nested tables number after their parent.
        var index = ++_tableCount;
        var window = new ContextWindow();
        foreach (var block in context) window.Add(block);
        var caption = table.Children.FirstOrDefault(c => c.LocalName == "caption");
        if (caption is not null && Shown(caption, out var captionStyle))
            window.Add(BlockText(ReadCell(caption, format.Inside(caption, captionStyle), depth)));

        var grid = new HtmlTableGrid();
        var spans = new SpanWarnings(index);
        foreach (var group in RowGroups(table))
        {
            var groupStyle = default(ResolvedStyle);
            if (group.Element is not null && !Shown(group.Element, out groupStyle)) continue;
            var groupFormat = group.Element is null ? format : format.Inside(group.Element, groupStyle);
            var groupFill = group.Element is null ? null : Fill(group.Element, groupStyle);
            grid.StartGroup();
            foreach (var row in group.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!Shown(row, out var rowStyle)) continue;
                var rowFormat = groupFormat.Inside(row, rowStyle);
                var rowFill = Fill(row, rowStyle) ?? groupFill;
                var cells = new List<(IElement Element, ResolvedStyle Style)>();
                foreach (var child in row.Children)
                    if (child.LocalName is "td" or "th" && Shown(child, out var cellStyle)) cells.Add((child, cellStyle));

                grid.StartRow(group.IsHead || (cells.Count > 0 && cells.All(c => c.Element.LocalName == "th")));
                foreach (var (cell, cellStyle) in cells)
                {
                    var columnSpan = SpanAttribute.ColumnSpan(cell.GetAttribute("colspan"), out var wideFrom);
                    var rowSpan = SpanAttribute.RowSpan(cell.GetAttribute("rowspan"), out var tallFrom);
                    spans.Note(wideFrom, tallFrom);
                    var runs = ReadCell(cell, rowFormat.Inside(cell, cellStyle), depth);
                    // A cell without its own fill shows its row's (or row group's) through.
                    grid.AddCell(runs, columnSpan, rowSpan, Fill(cell, cellStyle) ?? rowFill);
                }
            }
        }

        var (rows, columnCount) = grid.Build();
        warnings.AddRange(spans.Messages());
        if (grid.DroppedCells > 0)
            warnings.Add($"table {index}: {grid.DroppedCells} cells beyond {HtmlTableGrid.MaxColumns} grid columns were dropped");
        _tables.Add(new Table(index, rows, columnCount, window.Take()));
    }

    /// <summary>
    /// A cell keeps only its own text, its blocks joined by "\n". A table nested in it becomes a table of
    /// its own (numbered after its parent, with the cell's blocks before it as context) and its text is
    /// not repeated in the parent cell, so no value is read twice.
    /// </summary>
    private IReadOnlyList<TextRun> ReadCell(IElement cell, InlineFormat format, int depth)
    {
        var runs = new RunList();
        var context = new ContextWindow();
        var target = new FlowTarget(
            block =>
            {
                if (runs.LastFormat is { } last) runs.Append("\n", last);
                runs.AppendAll(block);
                context.Add(BlockText(block));
            },
            (nested, nestedFormat) => ReadTable(nested, context.Take(), nestedFormat, depth + 1),
            imagesAsText: true,
            acceptsTables: depth < MaxTableNesting);
        Walk(cell, target, new WalkState(format, Chrome: false, Preformatted: false));
        target.EndBlock();
        return runs.TakeTrimmed();
    }

    /// <summary>
    /// Row groups in the order a browser shows them: head and bodies as written, footers last. Rows
    /// written straight into the table (not possible after parsing, but cheap to allow) form a body.
    /// </summary>
    private static IEnumerable<RowGroup> RowGroups(IElement table)
    {
        var footers = new List<RowGroup>();
        var loose = new List<IElement>();
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                loose.Add(child);
                continue;
            }
            if (loose.Count > 0)
            {
                yield return new RowGroup(null, loose, IsHead: false);
                loose = [];
            }
            var rows = child.Children.Where(r => r.LocalName == "tr").ToArray();
            switch (child.LocalName)
            {
                case "thead": yield return new RowGroup(child, rows, IsHead: true); break;
                case "tbody": yield return new RowGroup(child, rows, IsHead: false); break;
                case "tfoot": footers.Add(new RowGroup(child, rows, IsHead: false)); break;
            }
        }
        if (loose.Count > 0) yield return new RowGroup(null, loose, IsHead: false);
        foreach (var footer in footers) yield return footer;
    }

    /// <summary>False for elements the page hides (the hidden attribute, display:none, visibility:hidden).</summary>
    private bool Shown(IElement element, out ResolvedStyle style)
    {
        if (element.HasAttribute("hidden"))
        {
            style = default;
            return false;
        }
        style = styles.Resolve(element);
        return !style.IsHidden;
    }

    /// <summary>The element's own fill: CSS over the legacy bgcolor attribute; null when none or transparent.</summary>
    private static string? Fill(IElement element, ResolvedStyle style)
    {
        if (style.Background is { } declared)
        {
            var colour = CssColour.Parse(declared);
            if (colour is not null || CssColour.IsClear(declared)) return colour;
        }
        return CssColour.ParseLegacy(element.GetAttribute("bgcolor"));
    }

    private static string? ImageText(IElement image)
    {
        var text = TextNormaliser.Collapse(image.GetAttribute("alt"));
        if (text.Length == 0) text = TextNormaliser.Collapse(image.GetAttribute("title"));
        return text.Length == 0 ? null : text;
    }

    private static string BlockText(IReadOnlyList<TextRun> runs) => string.Concat(runs.Select(r => r.Text)).Trim();

    private sealed record RowGroup(IElement? Element, IReadOnlyList<IElement> Rows, bool IsHead);

    private readonly record struct WalkState(InlineFormat Format, bool Chrome, bool Preformatted);

    /// <param name="Node">The node to visit, or null for the end of a block element.</param>
    private readonly record struct Step(INode? Node, WalkState State)
    {
        public static Step BlockEnd => default;
    }

    /// <summary>One warning per table and kind rather than one per absurd cell of a machine-made table.</summary>
    private sealed class SpanWarnings(int table)
    {
        private int _wide;
        private int _tall;
        private long _widest;
        private long _tallest;

        public void Note(long? wideFrom, long? tallFrom)
        {
            if (wideFrom is { } wide)
            {
                _wide++;
                _widest = Math.Max(_widest, wide);
            }
            if (tallFrom is { } tall)
            {
                _tall++;
                _tallest = Math.Max(_tallest, tall);
            }
        }

        public IEnumerable<string> Messages()
        {
            if (_wide > 0)
                yield return $"table {table}: {Cells(_wide)} colspan up to {_widest} clamped to {SpanAttribute.MaxColumnSpan}";
            if (_tall > 0)
                yield return $"table {table}: {Cells(_tall)} rowspan up to {_tallest} clamped to {SpanAttribute.MaxRowSpan}";
        }

        private static string Cells(int count) => count == 1 ? "1 cell's" : $"{count} cells'";
    }
}
