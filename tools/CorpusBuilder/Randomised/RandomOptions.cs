using System.Globalization;

namespace CorpusBuilder.Randomised;

/// <summary>The random command's options: how many documents, from which seed, and whether to add scanned twins.</summary>
internal sealed record RandomOptions(int Count, int Seed, bool Scan)
{
    public static RandomOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new RandomOptions(60, 1, false);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--count" when i + 1 < args.Count && Number(args[++i]) is > 0 and var n:
                    options = options with { Count = n };
                    break;
                case "--seed" when i + 1 < args.Count && Number(args[++i]) is { } seed:
                    options = options with { Seed = seed };
                    break;
                case "--scan":
                    options = options with { Scan = true };
                    break;
                default:
                    return null;
            }
        }
        return options;
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
