using CorpusBuilder.Word;

namespace CorpusBuilder.Script;

/// <summary>The one inline markup of the newer transcriptions: **...** is bold, as the seeds print it.</summary>
internal static class InlineMarkup
{
    public static IReadOnlyList<IInline> Parse(string text, bool italic = false)
    {
        var parts = text.Split("**");
        if (parts.Length % 2 == 0) throw new InvalidDataException($"unbalanced ** in \"{text}\"");
        return parts.Select((p, i) => (Text: p, Bold: i % 2 == 1))
            .Where(p => p.Text.Length > 0)
            .Select(p => (IInline)new TextPiece(p.Text, Bold: p.Bold, Italic: italic))
            .ToList();
    }
}
