using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Normalisation;

/// <summary>Which direction is good: glyphs (▲ ▼ ↑ ↓) and words ("Bigger is better").</summary>
internal sealed class PolarityReader
{
    private readonly CategoryMatcher<Polarity> _words;

    public PolarityReader(PolarityVocabulary vocabulary)
    {
        _words = new CategoryMatcher<Polarity>([(Polarity.Higher, vocabulary.Higher), (Polarity.Lower, vocabulary.Lower)], "polarity");
    }

    public Polarity? Parse(string raw) => _words.Single(TextNormaliser.Collapse(raw));
}
