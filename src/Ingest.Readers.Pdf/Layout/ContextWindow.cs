namespace Ingest.Readers.Pdf.Layout;

/// <summary>The last few paragraphs before a table (its title, period, section), nearest last.</summary>
internal sealed class ContextWindow
{
    public const int Size = 6;

    private readonly Queue<string> _paragraphs = new(Size);

    public void Add(string paragraph)
    {
        if (string.IsNullOrWhiteSpace(paragraph)) return;
        if (_paragraphs.Count == Size) _paragraphs.Dequeue();
        _paragraphs.Enqueue(paragraph.Trim());
    }

    /// <summary>The window, emptied so the next table only sees what follows this one (as the Word reader does).</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = _paragraphs.ToArray();
        _paragraphs.Clear();
        return taken;
    }
}
