using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Tests.Support;
using Xunit.Abstractions;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// corpus/pdf-hard: PDFs that are each hard in one way, with the cells they draw as
/// NAME.tN.expected.csv. Cell recall is the share of expected non-empty cells whose text the reader
/// puts at the same column of the matching row (rows aligned in order, so a header repeated on a
/// new page is an extra row, not an error), over all tables of the file.
/// </summary>
public sealed class HardCaseTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var hardCase in HardCases.All()) data.Add(hardCase.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_committed_files_are_what_the_generator_writes(string name)
    {
        var hardCase = HardCases.All().Single(c => c.Name == name);
        if (Environment.GetEnvironmentVariable("INGEST_WRITE_PDF_HARD") == "1") Write(hardCase);

        File.ReadAllBytes(PdfPath(name)).Should().Equal(hardCase.Pdf.Build(), "run the tests with INGEST_WRITE_PDF_HARD=1 to rewrite corpus/pdf-hard");
        for (var t = 0; t < hardCase.Tables.Count; t++)
            File.ReadAllText(ExpectedPath(name, t + 1)).Should().Be(Csv(hardCase.Tables[t]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Cell_recall_on_the_hard_case(string name)
    {
        var expected = Directory.EnumerateFiles(RepositoryPaths.HardCases, $"{name}.t*.expected.csv").Order()
            .Select(f => CsvText.Parse(File.ReadAllText(f)).Select(r => r.ToArray()).ToArray())
            .ToList();
        var tables = PdfTables.Extract(PdfPath(name), TableExtractionOptions.Default);

        var (cells, found) = Recall(expected, tables);
        output.WriteLine($"{name}: cell recall {(double)found / cells:P1} ({found} of {cells}), {tables.Count} table(s) for {expected.Count}");
        ((double)found / cells).Should().BeGreaterThanOrEqualTo(0.95);
    }

    public static TheoryData<string> AlignedNames()
    {
        var data = new TheoryData<string>();
        foreach (var hardCase in HardCases.All().Where(c => c.Name.StartsWith("aligned-", StringComparison.Ordinal))) data.Add(hardCase.Name);
        return data;
    }

    /// <summary>Unruled tables whose columns only alignment shows are read cell for cell, with nothing extra.</summary>
    [Theory]
    [MemberData(nameof(AlignedNames))]
    public void An_unruled_table_found_by_alignment_reads_cell_for_cell(string name)
    {
        var expected = CsvText.Parse(File.ReadAllText(ExpectedPath(name, 1))).Select(r => string.Join(" | ", r)).ToList();
        var tables = PdfTables.Extract(PdfPath(name), TableExtractionOptions.Default);

        tables.Should().HaveCount(1);
        var table = tables[0];
        var read = Enumerable.Range(0, table.RowCount)
            .Select(r => string.Join(" | ", Enumerable.Range(0, table.ColumnCount).Select(c => table.TextAt(r, c))))
            .ToList();
        read.Should().Equal(expected);
    }

    [Fact]
    public void Cell_recall_over_all_hard_cases_is_at_least_0_9()
    {
        int cells = 0, found = 0;
        foreach (var hardCase in HardCases.All())
        {
            var expected = Directory.EnumerateFiles(RepositoryPaths.HardCases, $"{hardCase.Name}.t*.expected.csv").Order()
                .Select(f => CsvText.Parse(File.ReadAllText(f)).Select(r => r.ToArray()).ToArray())
                .ToList();
            var (fileCells, fileFound) = Recall(expected, PdfTables.Extract(PdfPath(hardCase.Name), TableExtractionOptions.Default));
            output.WriteLine($"{hardCase.Name}: {(double)fileFound / fileCells:0.000} ({fileFound} of {fileCells})");
            cells += fileCells;
            found += fileFound;
        }
        output.WriteLine($"overall: {(double)found / cells:0.000} ({found} of {cells})");
        ((double)found / cells).Should().BeGreaterThanOrEqualTo(0.9);
    }

    internal static (int Cells, int Found) Recall(IReadOnlyList<string[][]> expected, IReadOnlyList<Table> tables)
    {
        int cells = 0, found = 0;
        var used = new HashSet<int>();
        foreach (var grid in expected)
        {
            cells += grid.Sum(r => r.Count(c => c.Length > 0));
            var best = tables.Select((t, i) => (Index: i, Found: Matched(grid, t))).Where(b => !used.Contains(b.Index))
                .OrderByDescending(b => b.Found).FirstOrDefault();
            if (best.Found == 0) continue;
            used.Add(best.Index);
            found += best.Found;
        }
        return (cells, found);
    }

    /// <summary>Expected cells found, rows aligned in order (a longest common subsequence on matching cells).</summary>
    private static int Matched(string[][] grid, Table table)
    {
        int Score(int r, int s) => grid[r].Select((text, c) => (text, c))
            .Count(x => x.text.Length > 0 && TextNormaliser.Collapse(table.OriginAt(s, x.c)?.Text) == TextNormaliser.Collapse(x.text));
        var n = grid.Length;
        var m = table.RowCount;
        var best = new int[n + 1, m + 1];
        for (var r = n - 1; r >= 0; r--)
        for (var s = m - 1; s >= 0; s--)
            best[r, s] = Math.Max(Math.Max(best[r + 1, s], best[r, s + 1]), Score(r, s) + best[r + 1, s + 1]);
        return best[0, 0];
    }

    private static void Write(HardCase hardCase)
    {
        Directory.CreateDirectory(RepositoryPaths.HardCases);
        File.WriteAllBytes(PdfPath(hardCase.Name), hardCase.Pdf.Build());
        for (var t = 0; t < hardCase.Tables.Count; t++)
            File.WriteAllText(ExpectedPath(hardCase.Name, t + 1), Csv(hardCase.Tables[t]));
    }

    private static string Csv(string[][] rows) => string.Concat(rows.Select(r => CsvText.Line(r) + "\n"));

    private static string PdfPath(string name) => Path.Combine(RepositoryPaths.HardCases, name + ".pdf");

    private static string ExpectedPath(string name, int table) => Path.Combine(RepositoryPaths.HardCases, $"{name}.t{table}.expected.csv");
}
