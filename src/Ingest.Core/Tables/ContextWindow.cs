namespace Ingest.Core.Tables;

/// <summary>
/// The last few non-empty paragraphs before a table, where its title, period and section are printed:
/// what every reader puts in <see cref="Table.Context"/>.
/// </summary>
public sealed class ContextWindow
{
    public const int Size = 6;

    private readonly Queue<string> _paragraphs = new(Size);

    public void Add(string paragraph)
    {
        if (string.IsNullOrWhiteSpace(paragraph)) return;
        if (_paragraphs.Count == Size) _paragraphs.Dequeue();
        _paragraphs.Enqueue(paragraph.Trim());
    }

    /// <summary>The window, nearest last, emptied so the next table only sees what follows this one.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = _paragraphs.ToArray();
        _paragraphs.Clear();
        return taken;
    }
}
