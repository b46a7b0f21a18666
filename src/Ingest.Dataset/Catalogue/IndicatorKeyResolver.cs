namespace Ingest.Dataset.Catalogue;

/// <summary>What a user typed for an indicator, as a key: a catalogue or provisional key as given, a printed name matched.</summary>
public static class IndicatorKeyResolver
{
    public static string Resolve(IndicatorCatalogue catalogue, string indicator) => Resolve(new IndicatorMatcher(catalogue), indicator);

    /// <param name="matcher">The matcher with the rules' learned linker, so a typed rewording finds its key as a printed one does.</param>
    public static string Resolve(IndicatorMatcher matcher, string indicator)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.StartsWith(IndicatorCatalogue.ProvisionalPrefix, StringComparison.Ordinal)) return indicator;
        return matcher.Catalogue.Find(indicator) is not null ? indicator : matcher.Match(indicator).Mapping.Key;
    }
}
