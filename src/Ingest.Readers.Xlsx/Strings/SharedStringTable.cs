using DocumentFormat.OpenXml.Packaging;
using Ingest.Readers.Xlsx.Package;

namespace Ingest.Readers.Xlsx.Strings;

/// <summary>sharedStrings.xml, streamed: a workbook of 50,000 distinct strings is read in one pass.</summary>
internal sealed class SharedStringTable
{
    private readonly List<RichString> _items;

    private SharedStringTable(List<RichString> items) => _items = items;

    public int Count => _items.Count;

    /// <summary>The string at an index, or null for an index the table does not have.</summary>
    public RichString? this[int index] => index >= 0 && index < _items.Count ? _items[index] : null;

    public static SharedStringTable Load(SharedStringTablePart? part, RichStringReader strings, CancellationToken cancellationToken)
    {
        var items = new List<RichString>();
        if (part is null) return new SharedStringTable(items);
        using var reader = PartXml.OpenReader(part);
        if (!PartXml.MoveToRoot(reader)) return new SharedStringTable(items);
        PartXml.ForEachChild(reader, child =>
        {
            if (child.LocalName == "si")
            {
                cancellationToken.ThrowIfCancellationRequested();
                items.Add(strings.Read(child));
            }
            else child.Skip();
        });
        return new SharedStringTable(items);
    }
}
