using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Text;

/// <summary>
/// A run of glyphs with no space between them and one formatting, in the page frame (upright).
/// A word that continues the previous one without a space (a change of colour or size inside a
/// word, a subscript) is <see cref="Glued"/> to it.
/// </summary>
/// <param name="Box">Frame coordinates: from the font's ascent to its descent, first origin to last advance.</param>
/// <param name="Baseline">The line's baseline in frame coordinates (along the text's own up direction for rotated words).</param>
/// <param name="Angle">0 for upright text; 90, 180 or 270 for words turned within the frame (vertical labels).</param>
internal sealed record Word(
    string Text,
    BoundingBox Box,
    double Baseline,
    double Size,
    bool Bold,
    string? Colour,
    int Angle = 0,
    bool Glued = false)
{
    public double CentreX => (Box.Left + Box.Right) / 2;
    public double CentreY => (Box.Top + Box.Bottom) / 2;
}

/// <summary>Words sharing a baseline, left to right; for rotated words, along their own direction.</summary>
internal sealed record TextLine(IReadOnlyList<Word> Words, BoundingBox Box, double Baseline, double Size, int Angle)
{
    public string Text => WordJoiner.Join(Words);

    public bool IsBold => Words.All(w => w.Bold || string.IsNullOrWhiteSpace(w.Text));
}

internal static class WordJoiner
{
    public static string Join(IEnumerable<Word> words)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (sb.Length > 0 && !word.Glued) sb.Append(' ');
            sb.Append(word.Text);
        }
        return sb.ToString();
    }
}
