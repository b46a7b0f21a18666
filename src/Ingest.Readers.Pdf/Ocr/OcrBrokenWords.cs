namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// A word a narrow column broke over two lines ("Decemb" / "er", "Polar" / "ity") read back as one.
/// The digital path tells such a break by the first line being full to the cell's edge, which OCR's
/// tight word boxes cannot show; here the sign is the second line: a lone fragment of two or three
/// small letters that is no word of its own, right under the end of a longer word.
/// </summary>
internal static class OcrBrokenWords
{
    /// <summary>Short words that do stand alone on a line of a cell.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "am", "an", "and", "are", "as", "at", "be", "by", "day", "do", "for", "go", "ha", "he", "if", "in", "is", "it",
        "kg", "km", "me", "mg", "ml", "mm", "my", "new", "no", "not", "of", "off", "on", "or", "per", "pm", "so", "the",
        "to", "two", "up", "us", "we", "yes",
    };

    public static IReadOnlyList<OcrWord> Join(IReadOnlyList<OcrWord> words)
    {
        var result = words.ToList();
        var byLine = words.GroupBy(w => w.Line).ToDictionary(g => g.Key, g => g.Count());
        foreach (var fragment in words)
        {
            if (byLine[fragment.Line] != 1 || !IsFragment(fragment.Text)) continue;
            var height = fragment.Box.Height;
            var head = result
                .Where(w => w != fragment && w.Text.Length >= 4 && w.Text.All(char.IsLetter)
                            && w.Box.Bottom <= fragment.Box.Top + height * 0.5 && fragment.Box.Top - w.Box.Bottom < 1.5 * height
                            && fragment.Box.Left >= w.Box.Left && fragment.Box.Right <= w.Box.Right + height)
                .OrderBy(w => fragment.Box.Top - w.Box.Bottom)
                .FirstOrDefault();
            // The head must end its line: a word right after it means the line was not broken there.
            if (head is null || result.Any(w => w.Line == head.Line && w.Box.Left > head.Box.Right)) continue;
            var index = result.IndexOf(head);
            result[index] = head with { Text = head.Text + fragment.Text, Confidence = Math.Min(head.Confidence, fragment.Confidence) };
            result.Remove(fragment);
        }
        return result;
    }

    private static bool IsFragment(string text) =>
        text.Length is 2 or 3 && text.All(char.IsAsciiLetterLower) && !Words.Contains(text);
}
