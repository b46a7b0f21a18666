namespace Ingest.Dataset.Catalogue;

/// <summary>What a user typed for an indicator, as a key: a catalogue or provisional key as given, a printed name matched.</summary>
public static class IndicatorKeyResolver
{
    public static string Resolve(IndicatorCatalogue catalogue, string indicator)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.StartsWith(IndicatorCatalogue.ProvisionalPrefix, StringComparison.Ordinal)) return indicator;
        return catalogue.Find(indicator) is not null ? indicator : new IndicatorMatcher(catalogue).Match(indicator).Mapping.Key;
    }
}
