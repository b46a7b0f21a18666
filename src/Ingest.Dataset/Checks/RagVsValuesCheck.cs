using System.Globalization;
using Ingest.Core.Observations;

namespace Ingest.Dataset.Checks;

/// <summary>A stated RAG that the council's own key, applied to the row's target, actual and polarity, would not give.</summary>
public sealed class RagVsValuesCheck(RagKey key) : ICheck
{
    public string Name => CheckNames.RagVsValues;

    public CheckScope Scope => CheckScope.Document;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        foreach (var o in input.Observations)
        {
            // A derived RAG was computed from these very numbers; blue (completed, no target) has no band.
            if (o.Rag is not ({ } stated and not Rag.Blue) || o.RagSource == RagSource.Derived) continue;
            var council = input.Council ?? o.Council;
            if (key.RuleFor(council, o.Period) is not { Judge: true } rule) continue;
            if (RagKey.Judge(o, rule) is not { } verdict || verdict.Allowed.Contains(stated)) continue;
            var far = verdict.Allowed.Contains(Rag.Green) && stated == Rag.Red || verdict.Allowed.Contains(Rag.Red) && stated == Rag.Green;
            var expected = string.Join(" or ", verdict.Allowed.Order().Select(r => r.Name()));
            var direction = verdict.HigherIsBetter ? "higher is better" : "lower is better";
            var message = string.Create(CultureInfo.InvariantCulture,
                $"stated {stated.Name()}, but actual {Text(o.Actual)} against target {Text(o.Target)} ({direction}) is {expected} under {council}'s key (amber within {rule.AmberWithin}%{(rule.Source.Length > 0 ? "; " + rule.Source : "")})");
            yield return new Finding(Name, far ? FindingSeverity.Error : FindingSeverity.Warning, message,
                council, o.Mapping?.Key ?? o.IndicatorKey, o.Period.Label, o.Document, o.Table, o.Row);
        }
    }

    private static string Text(decimal? value) => ObservationColumns.Number(value);
}
