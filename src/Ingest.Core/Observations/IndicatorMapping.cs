namespace Ingest.Core.Observations;

/// <summary>
/// How an extracted indicator name was tied to a catalogue key, so a doubtful mapping can be found and
/// reviewed: the method says how, the score (0-100) how close the name was.
/// </summary>
/// <param name="Key">Catalogue key, or a provisional key (prefixed <c>provisional:</c>) when nothing matched.</param>
public sealed record IndicatorMapping(string Key, MatchMethod Method, double Score);

/// <summary>Strongest first: an alias written by a human, the normalised name, a fuzzy match, the learned linker's sure link, nothing.</summary>
public enum MatchMethod { Alias, Normalised, Fuzzy, Provisional, Linked }
