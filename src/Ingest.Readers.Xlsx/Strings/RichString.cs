namespace Ingest.Readers.Xlsx.Strings;

/// <summary>
/// A string as stored in the shared string table or an inline string: plain text, or rich text runs.
/// A run without its own font (<see cref="RichRun.Font"/> null) takes the cell's font.
/// </summary>
internal sealed record RichString(string Text, IReadOnlyList<RichRun>? Runs)
{
    public static RichString Empty { get; } = new("", null);
}
