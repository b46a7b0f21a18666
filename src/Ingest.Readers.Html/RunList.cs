using System.Text;
using Ingest.Core.Tables;

namespace Ingest.Readers.Html;

/// <summary>Text runs under construction; neighbours drawn alike are merged so the model stays small.</summary>
internal sealed class RunList
{
    private readonly List<(StringBuilder Text, InlineFormat Format)> _runs = [];

    public bool IsEmpty => _runs.Count == 0;

    public InlineFormat? LastFormat => _runs.Count == 0 ? null : _runs[^1].Format;

    public void Append(string text, InlineFormat format)
    {
        if (text.Length == 0) return;
        if (_runs.Count > 0 && _runs[^1].Format == format) _runs[^1].Text.Append(text);
        else _runs.Add((new StringBuilder(text), format));
    }

    public void AppendAll(IEnumerable<TextRun> runs)
    {
        foreach (var run in runs) Append(run.Text, new InlineFormat(run.Bold, run.Colour, run.Superscript));
    }

    /// <summary>The runs with line breaks and spaces removed from both ends, then emptied.</summary>
    public IReadOnlyList<TextRun> TakeTrimmed()
    {
        var texts = _runs.Select(r => r.Text.ToString()).ToList();
        while (texts.Count > 0 && (texts[0] = texts[0].TrimStart(' ', '\n')).Length == 0) Remove(0);
        while (texts.Count > 0 && (texts[^1] = texts[^1].TrimEnd(' ', '\n')).Length == 0) Remove(texts.Count - 1);
        var result = texts.Select((text, i) => new TextRun(text, _runs[i].Format.Bold, _runs[i].Format.Colour, _runs[i].Format.Superscript)).ToArray();
        _runs.Clear();
        return result;

        void Remove(int index)
        {
            texts.RemoveAt(index);
            _runs.RemoveAt(index);
        }
    }
}
