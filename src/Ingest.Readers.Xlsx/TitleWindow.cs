namespace Ingest.Readers.Xlsx;

/// <summary>The last few title lines of a sheet before a table: where its heading and period are typed.</summary>
internal sealed class TitleWindow
{
    public const int Size = 6;

    private readonly Queue<string> _lines = new(Size);

    public void Add(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        if (_lines.Count == Size) _lines.Dequeue();
        _lines.Enqueue(line);
    }

    /// <summary>The window, nearest last, emptied so the next table only sees what follows this one.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = _lines.ToArray();
        _lines.Clear();
        return taken;
    }
}
