using CorpusBuilder.Contract;
using CorpusBuilder.Script;
using Ingest.Core.Tables;

namespace CorpusBuilder.Harrow.Strategic;

/// <summary>
/// The expected flagship actions (docs/dataset.md, "Actions"): one per ACTION line of each Flagship Actions
/// table, with the status row it sits under, the table's title row as section and the report's quarter.
/// Table and row are where <see cref="StrategicDocument"/> draws them (the title row is row 1).
/// </summary>
internal static class StrategicActions
{
    public static IReadOnlyList<ExpectedAction> Build(string document, IReadOnlyList<ScriptBlock> blocks, string periodLabel)
    {
        var actions = new List<ExpectedAction>();
        var table = 0;
        foreach (var block in blocks)
        {
            if (block is IndicatorTableBlock or GenericTableBlock) table++;
            if (block is not FlagshipBlock flagship) continue;
            table++;
            for (var i = 0; i < flagship.Lines.Count; i++)
            {
                var line = flagship.Lines[i];
                if (line.IsStatus) continue;
                actions.Add(new ExpectedAction(HarrowCorpus.Council, document, table, i + 2, periodLabel,
                    TextNormaliser.Collapse(flagship.Title), TextNormaliser.Collapse(line.Text), line.Status.ToLowerInvariant()));
            }
        }
        return actions;
    }
}
