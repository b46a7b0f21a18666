using Ingest.Core.Observations;
using Ingest.Extraction.Rules;
using Ingest.Normalisation;

namespace Ingest.Extraction.Rows;

/// <summary>
/// Reads direction of travel: words through the normaliser, arrows through the council's convention,
/// because councils differ on whether an arrow shows the value's direction or performance.
/// </summary>
public sealed class DirectionReader
{
    private readonly Normaliser _normaliser;

    public DirectionReader(Normaliser normaliser) => _normaliser = normaliser;

    public Direction? Read(string raw, Polarity? polarity, ArrowRules? arrows)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (_normaliser.ParseDirectionWord(raw) is { } word) return word;
        if (arrows is null) return null;
        // A mark of two glyphs wrapped in a narrow cell ("◄" / "►") reads with a space between them.
        var text = string.Concat(raw.Where(c => !char.IsWhiteSpace(c)));
        if (arrows.Same.Any(a => text.Contains(a, StringComparison.Ordinal))) return Direction.Same;
        var up = arrows.Up.Any(a => text.Contains(a, StringComparison.Ordinal));
        var down = arrows.Down.Any(a => text.Contains(a, StringComparison.Ordinal));
        if (up == down) return null;
        if (arrows.Meaning == ArrowRules.Performance) return up ? Direction.Improving : Direction.Declining;
        return polarity switch
        {
            Polarity.Higher => up ? Direction.Improving : Direction.Declining,
            Polarity.Lower => up ? Direction.Declining : Direction.Improving,
            _ => null,
        };
    }
}
