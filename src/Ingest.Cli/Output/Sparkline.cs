namespace Ingest.Cli.Output;

/// <summary>A series as one line of block characters (▁▂▃▄▅▆▇█), lowest value to highest; a gap is a space.</summary>
public static class Sparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    public static string Of(IReadOnlyList<double?> values)
    {
        var present = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        if (present.Count == 0) return new string(' ', values.Count);
        var min = present.Min();
        var span = present.Max() - min;
        return new string(values.Select(v => v switch
        {
            null => ' ',
            // A flat series sits in the middle rather than pretending to be at its lowest.
            _ when span == 0 => Blocks[Blocks.Length / 2 - 1],
            _ => Blocks[(int)Math.Round((v.Value - min) / span * (Blocks.Length - 1), MidpointRounding.AwayFromZero)],
        }).ToArray());
    }
}
