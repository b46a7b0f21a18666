using Ingest.Core.Observations;

namespace CorpusBuilder.Contract;

/// <summary>Rows whose unit the contract's name rules get wrong, with the reason.</summary>
internal static class UnitOverrides
{
    // "Annual rate of ... as % of Harrow school population": the name matches both "rate of" (listed first,
    // -> rate) and "%" (-> percent). Every value is a percentage of pupils, and as a rate row the
    // "first number whose unit agrees" would pick the pupil count out of "2020-21 0.10% / 15 DfE"
    // (15), which the contract's own example plainly does not mean. The name's explicit "%" wins.
    private const string SchoolPopulationShare = "names an explicit '% of Harrow school population' and every value is a %";

    public static readonly IReadOnlyDictionary<string, (Unit Unit, string Why)> ByIndicator =
        new Dictionary<string, (Unit, string)>(StringComparer.Ordinal)
        {
            ["Annual rate of Secondary School Permanent exclusions as % of Harrow school population"] = (Unit.Percent, SchoolPopulationShare),
            ["Annual rate of Primary, Secondary & Special School Permanent Exclusions as % of Harrow school population"] = (Unit.Percent, SchoolPopulationShare),
            ["Annual rate of Primary, Secondary & Special School Permanent Exclusions of Pupils with a Special Education Need (SEN) as % of Harrow school population with the same SEN status"] = (Unit.Percent, SchoolPopulationShare),
            ["Annual rate of Primary, Secondary & Special School Suspensions as % Harrow school population"] = (Unit.Percent, SchoolPopulationShare),
        };

    public static Unit? For(string indicator) => ByIndicator.TryGetValue(indicator, out var o) ? o.Unit : null;
}
