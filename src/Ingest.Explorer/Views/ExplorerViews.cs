using System.Globalization;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Councils;
using Ingest.Explorer.Data;
using Ingest.Explorer.Series;
using Ingest.Store;
using Ingest.Store.Findings;

namespace Ingest.Explorer.Views;

/// <summary>
/// The explorer's views as data, built once per request from the store, the indicator catalogue and the
/// councils: the HTML pages render them and the JSON endpoints return them as they are.
/// </summary>
public sealed class ExplorerViews(IExplorerData data, IndicatorCatalogue catalogue, CouncilDirectory councils)
{
    public IReadOnlyList<ComparisonGroup> Groups => councils.Groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

    public IReadOnlyList<IndicatorSummary> Indicators(string? search = null)
    {
        var names = data.Names().GroupBy(n => n.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(n => n.Indicator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
        var list = data.Indicators().Select(u =>
        {
            var printed = names.GetValueOrDefault(u.IndicatorId) ?? [];
            return new IndicatorSummary(Heading(u.IndicatorId, printed), u.Councils, Year(u.FirstPeriod), Year(u.LastPeriod), u.Observations, printed);
        });
        if (!string.IsNullOrWhiteSpace(search))
        {
            var words = search.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            list = list.Where(i => words.All(w => Text(i).Contains(w, StringComparison.OrdinalIgnoreCase)));
        }
        return list.ToList();
    }

    /// <param name="indicator">A catalogue or provisional key, or a printed name.</param>
    /// <param name="councilList">Comma-separated council keys; with no group and no list, every council that reports it.</param>
    /// <exception cref="ExplorerRequestException">The group is unknown.</exception>
    public CompareView Compare(string indicator, string? group, string? councilList, string? period)
    {
        var key = ResolveKey(indicator);
        IReadOnlyCollection<string>? wanted = string.IsNullOrWhiteSpace(councilList)
            ? null
            : councilList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        ComparisonGroup? found = null;
        if (!string.IsNullOrWhiteSpace(group))
        {
            found = councils.Group(group.Trim()) ?? throw new ExplorerRequestException($"no comparison group '{group.Trim()}' in the councils rules");
            wanted = found.Members;
        }
        var points = SeriesSelection.InPeriod(data.Series(key, wanted), period);
        var grid = CompareGrid.Of(points);
        var printed = PrintedNames(key);
        var rows = grid.Rows.Select(r => new CompareRow(r.Council, CouncilTitle(r.Council), councils.OnsCode(r.Council),
            r.Cells.Select(c => c is null ? null : Cell(c)).ToList(), printed.GetValueOrDefault(r.Council) ?? [])).ToList();
        var heading = Heading(key, printed.Values.SelectMany(v => v).ToList());
        var missing = wanted is null ? [] : wanted.Where(c => rows.All(r => !string.Equals(r.Council, c, StringComparison.OrdinalIgnoreCase))).ToList();
        return new CompareView(heading, found?.Key, found?.Title, grid.Periods, rows, Caveats(heading, points, rows), missing);
    }

    public TrendView Trend(string indicator, string council, string? periodType)
    {
        var key = ResolveKey(indicator);
        var all = data.Series(key, [council]);
        var series = SeriesSelection.OnePeriodType(all, periodType);
        var shownType = series.FirstOrDefault()?.PeriodType ?? periodType ?? "";
        var others = all.Select(p => p.PeriodType).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(t => !string.Equals(t, shownType, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        var printed = PrintedNames(key).GetValueOrDefault(council) ?? [];
        return new TrendView(Heading(key, printed), council, CouncilTitle(council), shownType, series.Select(Cell).ToList(), others);
    }

    public SourceView? Source(long observationId)
    {
        var o = data.Observation(observationId);
        if (o is null) return null;
        var table = Int(o.Field("table"));
        var row = Int(o.Field("row"));
        var findings = data.Findings().Where(f => About(f, o, table, row)).Select(Finding).ToList();
        return new SourceView(o.Id, o.Field("council"), o.Field("indicator"), o.IndicatorId, o.Field("period_label"),
            double.TryParse(o.Field("confidence"), NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : 1,
            o.Document.Id, o.Document.FileName, o.Document.Format, o.Document.Title, DocumentFiles.Locate(o.Document) is not null,
            o.Page, table, row, o.RowBox, o.Revisions, o.Fields, findings);
    }

    public IReadOnlyList<FindingView> Findings(string? check = null, string? severity = null, string? council = null, string? search = null) =>
        data.Findings().Select(Finding)
            .Where(f => Matches(f.Check, check) && Matches(f.Severity, severity) && Matches(f.Council, council))
            .Where(f => string.IsNullOrWhiteSpace(search) || f.Message.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase)
                        || (f.IndicatorKey ?? "").Contains(search.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();

    public string CouncilTitle(string council) => councils.Find(council)?.Title ?? council;

    private string ResolveKey(string indicator)
    {
        if (string.IsNullOrWhiteSpace(indicator)) throw new ExplorerRequestException("name an indicator (a catalogue key or a printed name)");
        return IndicatorKeyResolver.Resolve(catalogue, indicator.Trim());
    }

    private IndicatorHeading Heading(string key, IReadOnlyList<string> printedNames)
    {
        var entry = catalogue.Find(key);
        return entry is null
            ? new IndicatorHeading(key, printedNames.FirstOrDefault() ?? key, "", "", [], key.StartsWith(IndicatorCatalogue.ProvisionalPrefix, StringComparison.Ordinal))
            : new IndicatorHeading(key, entry.Title, entry.Unit, entry.Polarity, entry.Codes, false);
    }

    private Dictionary<string, IReadOnlyList<string>> PrintedNames(string key) =>
        data.Names().Where(n => n.IndicatorId == key).GroupBy(n => n.Council, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(n => n.Indicator).Distinct(StringComparer.Ordinal).ToList(),
                StringComparer.OrdinalIgnoreCase);

    // Oflog and LG Inform were criticised for league tables without caveats: say what makes a row incomparable.
    private List<string> Caveats(IndicatorHeading heading, IReadOnlyList<SeriesPoint> points, IReadOnlyList<CompareRow> rows)
    {
        var caveats = new List<string>();
        if (heading.Provisional)
            caveats.Add("No catalogue entry: this key was made from a printed name, so nobody has checked that the councils measure the same thing.");
        var units = points.Where(p => p.Unit.Length > 0).GroupBy(p => p.Unit, StringComparer.OrdinalIgnoreCase).ToList();
        if (units.Count > 1)
            caveats.Add("Units differ: " + string.Join("; ", units.Select(u => $"{u.Key} ({string.Join(", ", u.Select(p => p.Council).Distinct())})")) + ".");
        else if (heading.Unit.Length > 0 && units.Count == 1 && !string.Equals(units[0].Key, heading.Unit, StringComparison.OrdinalIgnoreCase))
            caveats.Add($"The reports give the unit as {units[0].Key}; the catalogue says {heading.Unit}.");
        var polarities = points.Where(p => p.Polarity.Length > 0).Select(p => p.Polarity).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (polarities.Count > 1)
            caveats.Add("Councils disagree on whether higher is better: " + string.Join(", ", polarities) + ".");
        var named = rows.Where(r => r.PrintedNames.Count > 0).Select(r => string.Join(" / ", r.PrintedNames)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (named.Count > 1)
            caveats.Add("Printed under different names (see each council's row): check the definitions match before comparing.");
        return caveats;
    }

    private static ValueCell Cell(SeriesPoint p) =>
        new(p.Id, p.PeriodLabel, p.Actual, p.Target, p.Rag, p.Dot, p.Unit, p.Document, p.Revisions);

    private static FindingView Finding(StoredFinding stored)
    {
        var f = stored.Finding;
        return new FindingView(f.Check, f.Severity.ToString().ToLowerInvariant(), f.Message, f.Council, f.IndicatorKey, f.Period, f.Document,
            f.Table, f.Row, stored.FromDocumentCheck);
    }

    // A finding is about this value when it names its row, or (a dataset check) its council, indicator and period.
    private static bool About(StoredFinding stored, ObservationDetail o, int table, int row)
    {
        var f = stored.Finding;
        if (f.Document is not null && f.Table is not null)
            return f.Document == o.Field("document") && f.Table == table && (f.Row is null || f.Row == row);
        return f.Document is null && string.Equals(f.Council, o.Field("council"), StringComparison.OrdinalIgnoreCase)
               && (f.IndicatorKey == o.IndicatorId || f.IndicatorKey == o.Field("indicator_key"))
               && (f.Period is null || f.Period == o.Field("period_label"));
    }

    private static bool Matches(string? value, string? wanted) =>
        string.IsNullOrWhiteSpace(wanted) || string.Equals(value, wanted.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Text(IndicatorSummary i) =>
        $"{i.Indicator.Key} {i.Indicator.Title} {string.Join(' ', i.Indicator.Codes)} {string.Join(' ', i.PrintedNames)} {string.Join(' ', i.Councils)}";

    private static string Year(string date) => date.Length >= 4 ? date[..4] : date;

    private static int Int(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
