using System.Text;
using System.Xml.Linq;

namespace Ingest.Readers.Docx;

/// <summary>
/// Reads the visible text of one paragraph with its formatting. Hidden (w:vanish) and deleted (w:del,
/// w:moveFrom) text is left out; inserted text, hyperlinks, fields' results and content controls are
/// read through, since that is what the page shows.
/// </summary>
internal sealed class ParagraphReader(StyleSheet styles, SymbolTranslator symbols, DrawnMarks drawings)
{
    public void Read(XElement paragraph, RunCollector into) =>
        ReadInline(paragraph, styles.ForParagraph(paragraph), into);

    public string Text(XElement paragraph)
    {
        var runs = new RunCollector();
        Read(paragraph, runs);
        return string.Concat(runs.ToRuns().Select(r => r.Text));
    }

    private void ReadInline(XElement container, CharacterFormat paragraphFormat, RunCollector into)
    {
        foreach (var child in container.Elements())
        {
            var name = child.Name;
            if (name == Wml.Run)
            {
                ReadRun(child, paragraphFormat, into);
            }
            else if (name == Wml.Del || name == Wml.MoveFrom || name == Wml.PPr)
            {
                // Deleted revisions and paragraph properties hold no visible text.
            }
            else if (name == Wml.AlternateContent)
            {
                // Choice and Fallback are two renderings of the same content: read one.
                var rendering = child.Element(Wml.Choice) ?? child.Element(Wml.Fallback);
                if (rendering is not null) ReadInline(rendering, paragraphFormat, into);
            }
            else if (child.HasElements)
            {
                // Hyperlinks, w:ins, w:moveTo, w:sdt, w:fldSimple, w:smartTag, w:customXml ... all
                // wrap runs; reading through them keeps unknown wrappers working too.
                ReadInline(child, paragraphFormat, into);
            }
        }
    }

    /// <summary>A w:drawing, or the one inside mc:AlternateContent's first rendering (Word wraps shapes so).</summary>
    private static XElement? Drawing(XElement child) =>
        child.Name == Wml.Drawing ? child
        : child.Name == Wml.AlternateContent ? (child.Element(Wml.Choice) ?? child.Element(Wml.Fallback))?.Element(Wml.Drawing)
        : null;

    private void ReadRun(XElement run, CharacterFormat paragraphFormat, RunCollector into)
    {
        var format = styles.ForRun(run.Element(Wml.RPr), paragraphFormat);
        if (format.Hidden) return;
        var symbolFont = symbols.IsSymbolFont(format.Font) ? format.Font : null;
        var text = new StringBuilder();
        foreach (var child in run.Elements())
        {
            var name = child.Name;
            if (name == Wml.T) text.Append(symbolFont is null ? child.Value : symbols.Text(symbolFont, child.Value));
            else if (name == Wml.Tab || name == Wml.PTab) text.Append(' ');
            else if (name == Wml.Br || name == Wml.Cr) text.Append('\n');
            else if (name == Wml.NoBreakHyphen) text.Append('-');
            else if (name == Wml.Sym) text.Append(symbols.Symbol(child.Attribute(Wml.Font)?.Value, child.Attribute(Wml.Char)?.Value));
            else if (Drawing(child) is { } drawing && drawings.Read(drawing) is { } mark)
            {
                // A drawn mark keeps its own colour (a green dot), so it is a run of its own.
                into.Add(text.ToString(), format.Bold, format.Colour, format.Superscript);
                text.Clear();
                into.Add(mark.Text, format.Bold, mark.Colour ?? format.Colour, false);
            }
        }
        into.Add(text.ToString(), format.Bold, format.Colour, format.Superscript);
    }
}
