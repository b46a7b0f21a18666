using System.Text.RegularExpressions;
using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Extraction.Rules;
using Ingest.Normalisation;

namespace Ingest.Extraction.Headers;

/// <summary>
/// Stage 3a: understands a table's header. Finds the header rows, gives each column a field and a
/// period, infers unlabelled RAG columns from their content, and groups target/actual/RAG by period.
/// Returns null (with a reason) when the table is not a scorecard.
/// </summary>
public sealed class HeaderInterpreter
{
    private readonly HeaderRules _rules;
    private readonly HeaderMatcher _matcher;
    private readonly Normaliser _normaliser;
    private readonly RagCellReader _ragReader;

    public HeaderInterpreter(HeaderRules rules, Normaliser normaliser, RagCellReader ragReader)
    {
        _rules = rules;
        _matcher = new HeaderMatcher(rules);
        _normaliser = normaliser;
        _ragReader = ragReader;
    }

    /// <param name="documentPeriod">The period the document says it reports on: context for headers without a year.</param>
    /// <param name="reportingPeriod">The period of value columns whose headers name none.</param>
    public LayoutResult Interpret(Table table, Period? documentPeriod, Period? reportingPeriod)
    {
        var headerStart = FindHeaderRow(table);
        if (headerStart is null) return LayoutResult.NotScorecard("no header row with recognised column names");

        var first = ExtendUpwards(table, headerStart.Value);
        var last = ExtendDownwards(table, headerStart.Value);
        var headers = Enumerable.Range(0, table.ColumnCount).Select(c => HeaderText(table, first, last, c)).ToList();

        var roles = headers.Select((text, c) =>
        {
            var printed = HeaderText(table, first, last, c, keepLineBreaks: true);
            return new ColumnRole(c, _matcher.Match(printed), _normaliser.FindPeriod(JoinBrokenNumbers(printed), documentPeriod), text);
        }).ToList();
        roles = InferFromContent(table, last + 1, roles);

        if (roles.All(r => r.Field != ColumnField.Indicator))
            return LayoutResult.NotScorecard("no indicator column");
        var valueColumns = roles.Count(r => r.Field is ColumnField.Target or ColumnField.Actual);
        if (valueColumns < _rules.Scorecard.MinValueColumns)
            return LayoutResult.NotScorecard("no target or actual column");

        var groups = GroupByPeriod(roles, reportingPeriod);
        if (groups.Count == 0)
            return LayoutResult.NotScorecard("value columns name no period and the document's reporting period is unknown");

        // Every header row's texts by column: pages repeat each of them, a two-row header's second row too.
        var signatures = Enumerable.Range(first, last - first + 1)
            .Select(r => (IReadOnlyList<string>)Enumerable.Range(0, table.ColumnCount).Select(c => table.TextAt(r, c)).ToList())
            .ToList();
        return LayoutResult.Scorecard(new TableLayout(last + 1, signatures, roles, groups));
    }

    private int? FindHeaderRow(Table table)
    {
        var limit = Math.Min(table.RowCount, _rules.Scorecard.HeaderSearchRows);
        for (var r = 0; r < limit; r++)
        {
            var fields = Enumerable.Range(0, table.ColumnCount)
                .Select(c => _matcher.Match(table.CellAt(r, c)?.Text ?? ""))
                .Where(f => f != ColumnField.Ignored)
                .Distinct()
                .Count();
            if (fields >= _rules.Scorecard.MinHeaderFields) return r;
        }
        return null;
    }

    // A row of period labels above the field names ("Q1 2022/23" spanning Target/Actual/RAG) is part of the header.
    private int ExtendUpwards(Table table, int row)
    {
        while (row > 0 && IsPeriodOnlyRow(table, row - 1)) row--;
        return row;
    }

    private int ExtendDownwards(Table table, int row)
    {
        while (row + 1 < table.RowCount && IsHeaderContinuation(table, row + 1)) row++;
        return row;
    }

    private bool IsPeriodOnlyRow(Table table, int row)
    {
        var texts = DistinctTexts(table, row);
        return texts.Count > 0 && texts.All(t => _normaliser.FindPeriod(t) is not null && t.Length <= 30);
    }

    private bool IsHeaderContinuation(Table table, int row)
    {
        if (table.Rows[row].IsDeclaredHeader) return true;
        // Matched as printed too: "St" / "at" / "us" in a narrow cell is Status. A cell of marks alone says nothing: the
        // dash of "Q1 - 2024/25" wrapped onto a line of its own, read as a row by a scan, ended the header before the
        // row naming the indicator column (seed 9494's Havering).
        var cells = DistinctCells(table, row).Where(c => c.CleanText.Any(char.IsLetterOrDigit)).ToList();
        return cells.Count >= 2 && cells.All(c =>
            _matcher.Match(c.Text.Trim()) != ColumnField.Ignored && c.CleanText.Length <= 40
            || _normaliser.FindPeriod(c.CleanText) is not null && c.CleanText.Length <= 30);
    }

    // Only cells that start in this row: a header merged down from the row above says nothing about this one.
    private static List<string> DistinctTexts(Table table, int row) => DistinctCells(table, row).Select(c => c.CleanText).ToList();

    private static List<Cell> DistinctCells(Table table, int row) =>
        Enumerable.Range(0, table.ColumnCount)
            .Select(c => table.CellAt(row, c))
            .Where(c => c is not null && !c.IsEmpty && c.Row == row)
            .Distinct()
            .Select(c => c!)
            .ToList();

    /// <summary>
    /// The header on one line, a number a narrow cell broke over lines joined again: "202" / "0/21" is
    /// 2020/21. Only a line ending in a piece of number is joined, so "Q1" / "2021/22" stays two words.
    /// </summary>
    private static string JoinBrokenNumbers(string printed) =>
        TextNormaliser.Collapse(BrokenNumber.Replace(printed, ""));

    private static readonly Regex BrokenNumber = new(@"(?<=(?:^|\s)[\d/]*\d[\d/]*)[ \t]*\r?\n[ \t]*(?=[\d/])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <param name="keepLineBreaks">The header as printed, for matching words a narrow cell wrapped.</param>
    private static string HeaderText(Table table, int first, int last, int column, bool keepLineBreaks = false)
    {
        var parts = new List<string>();
        for (var r = first; r <= last; r++)
        {
            var text = keepLineBreaks ? table.CellAt(r, column)?.Text.Trim() ?? "" : table.TextAt(r, column);
            if (text.Length > 0 && !parts.Contains(text)) parts.Add(text);
        }
        return string.Join(" ", parts);
    }

    /// <summary>Columns without a recognised header: a column of RAG words or colours is RAG; the indicator column may be unlabelled.</summary>
    private List<ColumnRole> InferFromContent(Table table, int firstDataRow, List<ColumnRole> roles)
    {
        var result = roles.ToList();
        foreach (var role in roles)
        {
            // A header that is only a period ("September", "Q1 2023/24") heads that period's values, unless
            // they are ratings: a scan that lost the wrapped "us" of "Stat" / "us Q1 2022/23" leaves "Stat".
            if (role.Field == ColumnField.Ignored && role.Period is not null && IsOnlyAPeriod(role.Header)
                && !IsRagColumn(ContentCells(table, firstDataRow, role)))
                result[role.Column] = role with { Field = ColumnField.Actual };
            // A trend header spanning an arrow and the comparator's value ("Short Term DOT against Annual
            // 2016/17 (Q4)" over "↑ | 90.6%"): the numbers are an observation of the header's period.
            else if (role.Field is ColumnField.Dot or ColumnField.DotYoy && role.Period is not null
                     && IsMostlyNumbers(table, firstDataRow, role.Column))
                result[role.Column] = role with { Field = ColumnField.Actual };
        }

        foreach (var role in result.Where(r => r.Field == ColumnField.Ignored).ToList())
        {
            var cells = ContentCells(table, firstDataRow, role);
            if (cells.Count < 2) continue;
            if (IsRagColumn(cells)) result[role.Column] = role with { Field = ColumnField.Rag };
            // Havering heads its polarity column "Value": "Bigger is better" in the cells says what it is.
            else if (result.All(r => r.Field != ColumnField.Polarity) && IsPolarityColumn(cells))
                result[role.Column] = role with { Field = ColumnField.Polarity };
            // A column of arrows or trend words that is not the polarity is the trend, whatever its header: OCR
            // reads a narrow "Do" / "T" as "D T" or "Do m" (seed 3535's Harrow and West Lindsey scans).
            else if (result.All(r => r.Field is not (ColumnField.Dot or ColumnField.DotYoy))
                     && cells.Count(c => _normaliser.IsDirectionMark(c.CleanText)) >= _rules.Content.DirectionShare * cells.Count)
                result[role.Column] = role with { Field = ColumnField.Dot };
        }

        if (result.All(r => r.Field != ColumnField.Indicator))
        {
            var candidate = result.FirstOrDefault(r => r.Field == ColumnField.Ignored && IsMostlyText(table, firstDataRow, r.Column));
            if (candidate is not null) result[candidate.Column] = candidate with { Field = ColumnField.Indicator };
        }
        return result;
    }

    // Rows whose polarity is not yet known ("N/A", "TBC") say nothing either way.
    private bool IsPolarityColumn(IReadOnlyList<Cell> cells)
    {
        var telling = cells.Where(c => !_normaliser.IsAbsent(c.CleanText) && _normaliser.ParseTarget(c.CleanText, null).Qualifier != "tbc").ToList();
        return telling.Count >= 2 && telling.Count(c => _normaliser.ParsePolarity(c.CleanText) is not null) >= telling.Count * _rules.Content.PolarityShare;
    }

    /// <summary>The column's cells under the header that say something: text or a fill.</summary>
    private static List<Cell> ContentCells(Table table, int firstDataRow, ColumnRole role) =>
        Enumerable.Range(firstDataRow, Math.Max(0, table.RowCount - firstDataRow))
            .Select(r => table.OriginAt(r, role.Column))
            // The header printed again at a page break is not content.
            .Where(c => c is not null && (!c.IsEmpty || c.Fill is not null) && c.CleanText != role.Header)
            .Select(c => c!)
            .ToList();

    private bool IsRagColumn(List<Cell> cells) =>
        cells.Count >= 2 && cells.Count(c => _ragReader.Read(c) is not null) >= _rules.Content.RagShare * cells.Count;

    // Short enough to be nothing but the period: "September", "Q1 2023/24", "Sept 2009".
    private static bool IsOnlyAPeriod(string header) => TextNormaliser.Collapse(header).Split(' ').Length <= 3;

    private bool IsMostlyNumbers(Table table, int firstDataRow, int column)
    {
        var texts = DataTexts(table, firstDataRow, column).Where(t => !_normaliser.IsAbsent(t)).ToList();
        return texts.Count > 0 && texts.Count(t => _normaliser.ParseNumber(t, null).Value is not null) * 2 > texts.Count;
    }

    private static IEnumerable<string> DataTexts(Table table, int firstDataRow, int column) =>
        Enumerable.Range(firstDataRow, Math.Max(0, table.RowCount - firstDataRow))
            .Select(r => table.OriginAt(r, column)?.CleanText ?? "")
            .Where(t => t.Length > 0);

    private bool IsMostlyText(Table table, int firstDataRow, int column)
    {
        var texts = Enumerable.Range(firstDataRow, Math.Max(0, table.RowCount - firstDataRow))
            .Select(r => table.TextAt(r, column)).Where(t => t.Length > 0).ToList();
        return texts.Count > 0 && texts.Count(t => _normaliser.ParseNumber(t, null).Value is null && t.Length > 3) >= texts.Count * 0.8;
    }

    /// <summary>
    /// Target/actual/RAG columns grouped by period, left to right. A value column without a period (a bare
    /// "RAG") belongs to the group before it; with none before, to the table's only period, else the reporting period.
    /// </summary>
    private static List<PeriodGroup> GroupByPeriod(IReadOnlyList<ColumnRole> roles, Period? reportingPeriod)
    {
        var valueRoles = roles.Where(r => r.Field is ColumnField.Target or ColumnField.Actual or ColumnField.Rag).ToList();
        var distinctPeriods = valueRoles.Where(r => r.Period is not null).Select(r => r.Period!).Distinct().ToList();
        var fallback = distinctPeriods.Count == 1 ? distinctPeriods[0] : reportingPeriod;

        var groups = new List<(Period Period, int? Target, int? Actual, int? Rag)>();
        Period? current = null;
        foreach (var role in valueRoles)
        {
            var period = role.Period ?? current ?? fallback;
            if (period is null) continue;
            if (role.Period is not null) current = role.Period;
            var index = groups.FindIndex(g => g.Period == period);
            if (index < 0)
            {
                groups.Add((period, null, null, null));
                index = groups.Count - 1;
            }
            var g = groups[index];
            groups[index] = role.Field switch
            {
                ColumnField.Target => g with { Target = g.Target ?? role.Column },
                ColumnField.Actual => g with { Actual = g.Actual ?? role.Column },
                _ => g with { Rag = g.Rag ?? role.Column },
            };
        }
        return groups.Where(g => g.Target is not null || g.Actual is not null)
            .Select(g => new PeriodGroup(g.Period, g.Target, g.Actual, g.Rag)).ToList();
    }
}

public sealed record LayoutResult(TableLayout? Layout, string? Reason)
{
    public static LayoutResult Scorecard(TableLayout layout) => new(layout, null);
    public static LayoutResult NotScorecard(string reason) => new(null, reason);
}
