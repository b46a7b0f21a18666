using System.Globalization;
using System.Text;
using CorpusBuilder.Corpus;
using CorpusBuilder.Derivation;

namespace CorpusBuilder.Randomised;

/// <summary>How each document's scanned twin is made: a resolution of 150-300 dpi, a turn of up to 1.5 degrees, colour or grey.</summary>
internal static class ScanPlan
{
    public const string FileName = "scan-plan.csv";

    public static string Csv(IEnumerable<CorpusEntry> entries, int seed)
    {
        var csv = new StringBuilder("path,dpi,turn,colour,noise_seed\n");
        foreach (var e in entries)
        {
            var random = new SeededRandom(string.Create(CultureInfo.InvariantCulture, $"scan|{seed}|{e.RelativePath}"));
            var dpi = random.Int(150, 300);
            var turn = Math.Round((random.NextDouble() * 2 - 1) * 1.5, 2);
            var colour = random.Chance(0.5) ? "rgb" : "gray";
            csv.Append(CultureInfo.InvariantCulture, $"{e.RelativePath},{dpi},{turn.ToString("0.00", CultureInfo.InvariantCulture)},{colour},{random.Int(1, 9999)}\n");
        }
        return csv.ToString();
    }
}
