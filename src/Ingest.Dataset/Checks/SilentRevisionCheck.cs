using System.Globalization;
using Ingest.Core.Observations;

namespace Ingest.Dataset.Checks;

/// <summary>
/// The same indicator and period printed with different values in different documents, with nothing saying so:
/// a silent revision. Documents are taken in reporting order (the latest period each one reports), and a
/// document that prints several values for the period (two rows of one name) only differs when none agrees.
/// </summary>
public sealed class SilentRevisionCheck(RevisionRules rules) : ICheck
{
    public string Name => CheckNames.SilentRevision;

    public CheckScope Scope => CheckScope.Dataset;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var reported = input.Observations.GroupBy(o => o.Document).ToDictionary(g => g.Key, g => g.Max(o => o.Period.End));
        foreach (var series in Series.Of(input.Observations))
        {
            foreach (var point in series.Points)
            {
                var documents = point.Observations.GroupBy(o => o.Document)
                    .OrderBy(g => reported[g.Key]).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (Document: g.Key, Rows: g.ToList()))
                    .ToList();
                for (var i = 1; i < documents.Count; i++)
                {
                    var earlier = documents[i - 1];
                    var later = documents[i];
                    if (later.Rows.Any(l => earlier.Rows.Any(e => Same(e.Actual!.Value, l.Actual!.Value)))) continue;
                    var at = later.Rows[0];
                    var message = string.Create(CultureInfo.InvariantCulture,
                        $"{point.Period.Label} was {Values(earlier.Rows)} in {earlier.Document} and is {Values(later.Rows)} in {later.Document}");
                    yield return new Finding(Name, FindingSeverity.Warning, message, series.Council, series.Key, point.Period.Label,
                        at.Document, at.Table, at.Row);
                }
            }
        }
    }

    private bool Same(decimal a, decimal b)
    {
        if (a == b) return true;
        var scale = Math.Max(Math.Abs(a), Math.Abs(b));
        return Math.Abs(a - b) / scale <= rules.Tolerance;
    }

    private static string Values(IEnumerable<Observation> rows) =>
        string.Join(" / ", rows.Select(r => r.ActualRaw.Length > 0 ? r.ActualRaw : ObservationColumns.Number(r.Actual)).Distinct());
}
