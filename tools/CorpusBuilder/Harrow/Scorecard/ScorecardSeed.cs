using System.Reflection;

namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>
/// The scorecard table as the seed prints it: Data/harrow-corporate-scorecard-q1-2023-24.tsv is lines 7-138
/// of seed 000_8efac4ebce8985b5.txt copied unchanged, one table row per line, 15 tab-separated cells.
/// </summary>
internal static class ScorecardSeed
{
    public const string ResourceName = "harrow-corporate-scorecard-q1-2023-24.tsv";
    public const int FirstSeedLine = 7;
    public const int ColumnCount = 15;

    public static IReadOnlyList<SeedRow> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<SeedRow> Parse(string tsv)
    {
        var rows = new List<SeedRow>();
        var lines = tsv.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            // Blank lines are where the seed's page breaks fell; the repeated header line after them is a row.
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length != ColumnCount)
                throw new InvalidDataException($"seed line {FirstSeedLine + i}: {fields.Length} cells, expected {ColumnCount}");
            var cells = fields.Select(f => new SeedCell(SeedMarkup.Parse(f))).ToList();
            rows.Add(new SeedRow(FirstSeedLine + i, Classify(cells), cells));
        }
        return rows;
    }

    private static SeedRowKind Classify(IReadOnlyList<SeedCell> cells)
    {
        var first = cells[0];
        if (first.Clean == "Indicator Description") return SeedRowKind.Header;
        if (cells.Skip(1).Any(c => c.Clean.Length > 0)) return SeedRowKind.Indicator;
        if (first.IsItalic && first.Clean == "Qualitative update only") return SeedRowKind.QualitativeNote;
        // Priorities are printed in capitals (RESIDENTS FIRST, CLEAN & SAFE, ...); objectives in sentence case.
        return first.Clean.Any(char.IsLower) ? SeedRowKind.Objective : SeedRowKind.Priority;
    }
}
