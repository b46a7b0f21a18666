using CorpusBuilder.Report;
using CorpusBuilder.Script;

namespace CorpusBuilder.Harrow.Recession;

/// <summary>The Q3 2009/10 report of seed 002, from Data/harrow-performance-morning-q3-2009-10.txt.</summary>
internal static class PerformanceMorningSeed
{
    public const string ResourceName = "harrow-performance-morning-q3-2009-10.txt";

    public static PerformanceMorning Load()
    {
        var script = LayoutScript.Load(ResourceName);
        var blocks = new List<ReportBlock>();
        RecessionTable? table = null;
        var tableIndex = 0;
        var tables = 0;
        foreach (var block in script)
        {
            if (block is GenericTableBlock generic)
            {
                tables++;
                if (generic.Rows[0][0].Text == "Indicator")
                {
                    table = RecessionTable.FromBlock(generic);
                    tableIndex = tables;
                    blocks.Add(new TableBlock(table.ToGrid()));
                    continue;
                }
            }
            blocks.Add(ScriptReport.Block(block));
        }
        if (table is null) throw new InvalidDataException($"{ResourceName}: no recession table");
        return new PerformanceMorning(2009, 3, blocks, table, tableIndex, PerformanceMorning.RecessionHeading, DerivedNote: null);
    }
}
