using CorpusBuilder.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CorpusBuilder.Spreadsheet;

/// <summary>
/// xl/sharedStrings.xml: each distinct text once, in order of first use. Text with formatting inside it (bold
/// words, a superscript footnote number) is a rich string of runs; plain text is one t element.
/// </summary>
internal sealed class SharedStrings
{
    private readonly List<(string Key, IReadOnlyList<IInline> Pieces)> _items = [];
    private int _uses;

    public int Index(IReadOnlyList<IInline> pieces)
    {
        _uses++;
        var key = string.Join("\u0001", pieces.Select(p => p switch
        {
            TextPiece t => $"t{(t.Bold ? "b" : "")}{(t.Italic ? "i" : "")}:{t.Text}",
            FootnotePiece f => $"f:{f.Id}",
            _ => XlsxWriter.PlainText(p),
        }));
        var i = _items.FindIndex(x => x.Key == key);
        if (i >= 0) return i;
        _items.Add((key, pieces));
        return _items.Count - 1;
    }

    public SharedStringTable Build()
    {
        var table = new SharedStringTable { Count = (uint)_uses, UniqueCount = (uint)_items.Count };
        foreach (var (_, pieces) in _items) table.Append(Item(pieces));
        return table;
    }

    private static SharedStringItem Item(IReadOnlyList<IInline> pieces)
    {
        var rich = pieces.Count > 1 || pieces.Any(p => p is FootnotePiece);
        if (!rich) return new SharedStringItem(Text(XlsxWriter.PlainText(pieces[0])));
        var item = new SharedStringItem();
        foreach (var piece in pieces)
        {
            var properties = new RunProperties();
            if (piece is TextPiece { Bold: true }) properties.Append(new Bold());
            if (piece is TextPiece { Italic: true }) properties.Append(new Italic());
            properties.Append(new FontSize { Val = 10 });
            if (piece is FootnotePiece) properties.Append(new VerticalTextAlignment { Val = VerticalAlignmentRunValues.Superscript });
            properties.Append(new RunFont { Val = "Arial" });
            item.Append(new Run(properties, Text(XlsxWriter.PlainText(piece))));
        }
        return item;
    }

    private static Text Text(string text)
    {
        var element = new Text(text);
        if (text != text.Trim() || text.Contains('\n')) element.Space = SpaceProcessingModeValues.Preserve;
        return element;
    }
}
