using System.Globalization;
using Ingest.Core.Observations;
using Ingest.Normalisation.Legends;

namespace Ingest.Dataset.Checks;

/// <summary>
/// A stated RAG that the council's own key, applied to the row's target, actual and polarity, would not give.
/// A key printed in the document ("Amber = within 5% of target") is that document's key, before the council's.
/// </summary>
public sealed class RagVsValuesCheck(RagKey key, LegendReader? legends = null) : ICheck
{
    public string Name => CheckNames.RagVsValues;

    public CheckScope Scope => CheckScope.Document;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var printed = legends?.Read(input.Paragraphs) is { AmberWithin: not null } legend ? legend : null;
        foreach (var o in input.Observations)
        {
            // A derived RAG was computed from these very numbers; blue (completed, no target) has no band.
            if (o.Rag is not ({ } stated and not Rag.Blue) || o.RagSource == RagSource.Derived) continue;
            var council = input.Council ?? o.Council;
            var councilRule = key.RuleFor(council, o.Period);
            var rule = printed is { AmberWithin: { } band }
                ? (councilRule ?? new RagToleranceRule()) with { AmberWithin = band, Judge = true, OnMiss = [], Source = "the document's key: " + printed.RagSource }
                : councilRule;
            if (rule is not { Judge: true }) continue;
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
