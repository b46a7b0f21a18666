using System.Text;
using Ingest.Core.Tables;

namespace Ingest.Readers.Docx;

/// <summary>
/// Gathers a cell's or paragraph's runs, merging neighbours that look the same. Word splits text into
/// many runs for reasons that do not matter here (spell-check marks, revision ids); merging keeps the
/// model small. Whitespace joins the run it touches because its formatting is invisible.
/// </summary>
internal sealed class RunCollector
{
    private readonly List<TextRun> _runs = [];
    private readonly StringBuilder _pending = new();
    private bool _pendingHasText;
    private bool _pendingBold;
    private string? _pendingColour;
    private bool _pendingSuperscript;

    public void Add(string text, bool bold, string? colour, bool superscript = false)
    {
        if (text.Length == 0) return;
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (_pendingHasText && (bold != _pendingBold || colour != _pendingColour || superscript != _pendingSuperscript)) Flush();
            if (!_pendingHasText)
            {
                // Whitespace gathered so far takes the formatting of the first text after it.
                _pendingBold = bold;
                _pendingColour = colour;
                _pendingSuperscript = superscript;
            }
            _pendingHasText = true;
        }
        else if (_pending.Length == 0)
        {
            _pendingBold = bold;
            _pendingColour = colour;
            _pendingSuperscript = superscript;
        }
        _pending.Append(text);
    }

    public void AddLineBreak() => Add("\n", _pendingBold, _pendingColour, _pendingSuperscript);

    public IReadOnlyList<TextRun> ToRuns()
    {
        Flush();
        return _runs.ToArray();
    }

    private void Flush()
    {
        if (_pending.Length == 0) return;
        _runs.Add(new TextRun(_pending.ToString(), _pendingBold, _pendingColour, _pendingSuperscript));
        _pending.Clear();
        _pendingHasText = false;
    }
}
