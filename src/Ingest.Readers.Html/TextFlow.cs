using System.Text;
using Ingest.Core.Tables;

namespace Ingest.Readers.Html;

/// <summary>
/// Lays out the text of one block the way a browser does: runs of whitespace (line breaks and
/// non-breaking spaces included) become one space, none at the start or end of a line; &lt;br&gt; is a
/// line break; preformatted text keeps its spaces and line breaks. A space takes the format of the
/// text after it, a line break that of the text before it.
/// </summary>
internal sealed class TextFlow
{
    private readonly RunList _runs = new();
    private bool _pendingSpace;
    private bool _lineHasText;

    public void Text(string data, InlineFormat format, bool preformatted)
    {
        if (preformatted)
        {
            Preformatted(data, format);
            return;
        }
        StringBuilder? piece = null;
        foreach (var ch in data)
        {
            if (IsCollapsible(ch))
            {
                if (_lineHasText) _pendingSpace = true;
                continue;
            }
            if (IsInvisible(ch)) continue;
            piece ??= new StringBuilder(data.Length);
            if (_pendingSpace) piece.Append(' ');
            _pendingSpace = false;
            _lineHasText = true;
            piece.Append(ch);
        }
        if (piece is not null) _runs.Append(piece.ToString(), format);
    }

    /// <summary>Text that stands as a word of its own, such as an image's alt text.</summary>
    public void Word(string text, InlineFormat format)
    {
        if (_lineHasText) _pendingSpace = true;
        Text(text, format, preformatted: false);
        if (_lineHasText) _pendingSpace = true;
    }

    public void LineBreak(InlineFormat format)
    {
        _runs.Append("\n", _runs.LastFormat ?? format);
        _pendingSpace = false;
        _lineHasText = false;
    }

    /// <summary>The block's runs, trimmed of blank lines and spaces at both ends; the flow is then empty.</summary>
    public IReadOnlyList<TextRun> TakeBlock()
    {
        _pendingSpace = false;
        _lineHasText = false;
        return _runs.TakeTrimmed();
    }

    private void Preformatted(string data, InlineFormat format)
    {
        var lines = data.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) LineBreak(format);
            var line = lines[i].Replace('\u00A0', ' ').Replace('\t', ' ');
            if (line.Length == 0) continue;
            if (_pendingSpace) line = " " + line;
            _pendingSpace = false;
            _runs.Append(line, format);
            if (!string.IsNullOrWhiteSpace(line)) _lineHasText = true;
        }
    }

    // HTML's ASCII whitespace, and the non-breaking space, which the dataset treats as a space.
    private static bool IsCollapsible(char ch) => ch is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0';

    // Soft hyphens, zero-width spaces and byte-order marks are not visible text.
    private static bool IsInvisible(char ch) => ch is '\u00AD' or '\u200B' or '\uFEFF' or '\0';
}
