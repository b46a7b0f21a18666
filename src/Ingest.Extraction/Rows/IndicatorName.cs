using System.Text.RegularExpressions;
using Ingest.Core.Tables;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction.Rows;

/// <summary>An indicator's name as printed, without the footnote markers attached to it ("year¹", "year" + raised "1").</summary>
public sealed class IndicatorName
{
    private readonly Regex? _raised;
    private readonly Regex? _trailing;

    public IndicatorName(FootnoteMarkerRules rules)
    {
        _raised = string.IsNullOrEmpty(rules.Raised) ? null : new Regex(rules.Raised, RegexOptions.CultureInvariant);
        _trailing = string.IsNullOrEmpty(rules.Trailing) ? null : new Regex(rules.Trailing, RegexOptions.CultureInvariant);
    }

    public string Of(Cell? cell)
    {
        if (cell is null) return "";
        var runs = cell.Runs.Where(r => !(r.Superscript && _raised is not null && _raised.IsMatch(r.Text)));
        var text = TextNormaliser.Collapse(string.Concat(runs.Select(r => r.Text)));
        return _trailing is null ? text : _trailing.Replace(text, "").TrimEnd();
    }
}
