namespace Ingest.Dataset.Linking;

/// <summary>A provisional series of one council that is likely an existing series under a new name, with the evidence.</summary>
public sealed record SeriesLink(string Council, string ProvisionalKey, string Name, string Key, float Probability, PairFeatures Evidence, bool Sure);
