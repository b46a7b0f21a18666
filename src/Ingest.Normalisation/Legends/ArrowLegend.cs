namespace Ingest.Normalisation.Legends;

/// <summary>What a document's key says its arrows mean.</summary>
/// <param name="Meaning"><see cref="ArrowMeanings.Performance"/> (up is better) or <see cref="ArrowMeanings.Value"/> (up is a higher number).</param>
/// <param name="Up">Glyphs for better (performance) or a higher value.</param>
/// <param name="Down">Glyphs for worse or a lower value.</param>
/// <param name="Same">Glyphs for no change.</param>
/// <param name="Source">The key's text, for the run's report.</param>
public sealed record ArrowLegend(string Meaning, IReadOnlyList<string> Up, IReadOnlyList<string> Down, IReadOnlyList<string> Same, string Source);

public static class ArrowMeanings
{
    public const string Performance = "performance";
    public const string Value = "value";
}

/// <summary>The conventions a document states for itself.</summary>
/// <param name="Arrows">The arrows' key, when the document gives one.</param>
/// <param name="AmberWithin">The RAG key's amber band in percent ("Amber = within 5% of target"), when given.</param>
/// <param name="RagSource">The RAG key's text.</param>
public sealed record DocumentLegend(ArrowLegend? Arrows, decimal? AmberWithin, string? RagSource)
{
    public static readonly DocumentLegend None = new(null, null, null);
}
