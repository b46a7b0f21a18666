using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>Something that becomes one Word run.</summary>
internal interface IInline
{
    Run ToRun();
}

/// <summary>
/// A stretch of text with one formatting. '\n' in the text becomes a line break (w:br) and '\t' a
/// tab (w:tab), as Word itself stores them.
/// </summary>
internal sealed record TextPiece(
    string Text,
    bool Bold = false,
    bool Italic = false,
    bool Subscript = false,
    string? Colour = null) : IInline
{
    public Run ToRun()
    {
        var run = new Run();
        var properties = RunFormat.Properties(Bold, Italic, Subscript, Colour);
        if (properties is not null) run.Append(properties);
        var buffer = new System.Text.StringBuilder();
        foreach (var ch in Text)
        {
            if (ch is '\n' or '\t')
            {
                Flush(run, buffer);
                run.Append(ch == '\n' ? new Break() : new TabChar());
            }
            else buffer.Append(ch);
        }
        Flush(run, buffer);
        return run;
    }

    private static void Flush(Run run, System.Text.StringBuilder buffer)
    {
        if (buffer.Length == 0) return;
        var text = buffer.ToString();
        var element = new Text(text);
        // Without xml:space="preserve" Word drops leading, trailing and doubled spaces.
        if (text != text.Trim() || text.Contains("  ", StringComparison.Ordinal))
            element.Space = SpaceProcessingModeValues.Preserve;
        run.Append(element);
        buffer.Clear();
    }
}

/// <summary>A character from a symbol font (w:sym), the way Word stores glyphs inserted from Wingdings and the like.</summary>
internal sealed record SymbolPiece(string Font, string CharCode, string? Colour = null) : IInline
{
    public Run ToRun()
    {
        var run = new Run();
        var properties = RunFormat.Properties(false, false, false, Colour);
        if (properties is not null) run.Append(properties);
        run.Append(new SymbolChar { Font = Font, Char = CharCode });
        return run;
    }
}

internal static class RunFormat
{
    public static RunProperties? Properties(bool bold, bool italic, bool subscript, string? colour)
    {
        if (!bold && !italic && !subscript && colour is null) return null;
        var p = new RunProperties();
        // Schema order inside w:rPr: b, i, color, vertAlign.
        if (bold) p.Append(new Bold());
        if (italic) p.Append(new Italic());
        if (colour is not null) p.Append(new Color { Val = colour });
        if (subscript) p.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Subscript });
        return p;
    }
}
