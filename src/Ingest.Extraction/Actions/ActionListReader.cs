using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction.Actions;

/// <summary>
/// Reads a status-only list (Flagship Actions): action texts grouped under status rows such as
/// COMPLETED or AMBER. These are not indicators; they have a status and no values.
/// </summary>
public sealed class ActionListReader
{
    private readonly int _maxColumns;
    private readonly Dictionary<string, string> _statusByWord;

    public ActionListReader(ActionRules rules)
    {
        _maxColumns = rules.MaxColumns;
        _statusByWord = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (status, words) in rules.Statuses)
        foreach (var word in words)
            _statusByWord[TextNormaliser.Collapse(word)] = status;
    }

    public IReadOnlyList<ActionItem> Read(Table table, string council, string document, string periodLabel)
    {
        if (table.ColumnCount > _maxColumns) return [];
        var actions = new List<ActionItem>();
        string? status = null;
        var section = "";
        var statusRows = 0;
        for (var row = 0; row < table.RowCount; row++)
        {
            var texts = Enumerable.Range(0, table.ColumnCount)
                .Select(c => table.OriginAt(row, c))
                .Where(c => c is not null && !c.IsEmpty)
                .Select(c => c!)
                .ToList();
            if (texts.Count == 0) continue;
            // A bullet glyph beside the text is decoration; the action is the longest text of the row.
            var main = texts.MaxBy(c => c.CleanText.Length)!;
            var words = texts.Where(c => c.CleanText.Any(char.IsLetterOrDigit)).ToList();
            if (words.Count == 1 && _statusByWord.TryGetValue(main.CleanText, out var newStatus))
            {
                status = newStatus;
                statusRows++;
            }
            else if (words.Count == 1 && (status is null || IsHeading(main)))
            {
                section = main.CleanText;
                status = null;
            }
            else if (status is not null)
            {
                actions.Add(new ActionItem
                {
                    Council = council, Document = document, Table = table.Index, Row = row + 1,
                    PeriodLabel = periodLabel, Section = section, Text = main.CleanText, Status = status,
                });
            }
        }
        return statusRows > 0 ? actions : [];
    }

    private static bool IsHeading(Cell cell)
    {
        var text = cell.CleanText;
        return cell.IsBold && text.Any(char.IsLetter) && text == text.ToUpperInvariant();
    }
}
