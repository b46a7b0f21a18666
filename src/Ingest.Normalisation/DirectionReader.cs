using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Normalisation;

/// <summary>Direction-of-travel words. Arrows are not read here: councils disagree on what they mean.</summary>
internal sealed class DirectionReader
{
    private readonly CategoryMatcher<Direction> _words;

    public DirectionReader(DirectionVocabulary vocabulary)
    {
        _words = new CategoryMatcher<Direction>(
        [
            (Direction.Improving, vocabulary.Improving), (Direction.Same, vocabulary.Same), (Direction.Declining, vocabulary.Declining),
        ], "direction");
    }

    public Direction? Parse(string raw) => _words.Single(TextNormaliser.Collapse(raw));
}
