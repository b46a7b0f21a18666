using System.Globalization;
using Ingest.Core.Observations;

namespace Ingest.Dataset.Checks;

/// <summary>
/// A value about 100 or 1000 times its predecessor in its own series (or that fraction of it): a percentage
/// printed as a fraction ("0.12" for 12%), or a figure in other units (thousands, pounds vs £k).
/// </summary>
public sealed class ValueJumpCheck(ValueJumpRules rules) : ICheck
{
    public string Name => CheckNames.ValueJump;

    public CheckScope Scope => CheckScope.Dataset;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        foreach (var series in Series.Of(input.Observations))
        {
            for (var i = 1; i < series.Points.Count; i++)
            {
                var before = series.Points[i - 1];
                var after = series.Points[i];
                if (before.Value == 0 || after.Value == 0) continue;
                var ratio = Math.Abs(after.Value / before.Value);
                var magnitude = ratio >= 1 ? ratio : 1 / ratio;
                if (rules.Factors.FirstOrDefault(f => magnitude >= f / rules.Within && magnitude <= f * rules.Within) is not (> 0 and var factor))
                    continue;
                var at = after.Observations[^1];
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"{after.Period.Label} value {ObservationColumns.Number(after.Value)} ({at.Document}) is {magnitude:0.#} times {(ratio >= 1 ? "larger" : "smaller")} than {before.Period.Label}'s {ObservationColumns.Number(before.Value)} ({before.Observations[^1].Document}): about {factor:0}x, a fraction for a percentage or another unit?");
                yield return new Finding(Name, FindingSeverity.Warning, message, series.Council, series.Key, after.Period.Label,
                    at.Document, at.Table, at.Row);
            }
        }
    }
}
