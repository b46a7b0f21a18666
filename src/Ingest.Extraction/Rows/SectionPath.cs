namespace Ingest.Extraction.Rows;

/// <summary>
/// The section rows above the current row. A stronger section (a priority in capitals or on a dark fill)
/// closes weaker ones below it; a section of equal strength replaces its sibling.
/// </summary>
public sealed class SectionPath
{
    private readonly List<(int Strength, string Text)> _stack = [];

    public void Enter(string text, int strength)
    {
        _stack.RemoveAll(s => s.Strength <= strength);
        _stack.Add((strength, text));
    }

    public override string ToString() => string.Join(" > ", _stack.Select(s => s.Text));
}
