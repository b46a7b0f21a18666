namespace Ingest.Readers.Html;

/// <summary>The last few non-empty text blocks before a table: where its title, period and section are printed.</summary>
internal sealed class ContextWindow
{
    public const int Size = 6;

    private readonly Queue<string> _blocks = new(Size);

    public void Add(string block)
    {
        if (string.IsNullOrWhiteSpace(block)) return;
        if (_blocks.Count == Size) _blocks.Dequeue();
        _blocks.Enqueue(block.Trim());
    }

    /// <summary>The window, nearest last, emptied so the next table only sees what follows this one.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = _blocks.ToArray();
        _blocks.Clear();
        return taken;
    }
}
