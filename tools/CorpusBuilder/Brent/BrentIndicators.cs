using System.Reflection;

namespace CorpusBuilder.Brent;

/// <summary>One Brent indicator as Data/brent-indicators.tsv defines it.</summary>
/// <param name="GoodIs">"High" or "Low", as the "Good is" column prints it.</param>
/// <param name="Targets">The target of each quarter, Q1 to Q4; the same four times unless it rises through the year.</param>
/// <param name="Footnote">The note a footnote reference on the name points at, or empty.</param>
internal sealed record BrentIndicator(
    string Ref,
    string Name,
    string GoodIs,
    IReadOnlyList<string> Targets,
    string FirstActual,
    string LeadMember,
    string Footnote)
{
    /// <summary>Targets that rise through the year: the figure is a running total (council tax, business rates).</summary>
    public bool Cumulative => Targets.Distinct().Count() > 1;
}

internal sealed record BrentTheme(string Name, IReadOnlyList<BrentIndicator> Indicators);

internal static class BrentIndicators
{
    public const string ResourceName = "brent-indicators.tsv";

    public static IReadOnlyList<BrentTheme> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<BrentTheme> Parse(string tsv)
    {
        var themes = new List<(string Name, List<BrentIndicator> Indicators)>();
        var lines = tsv.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f[0] == "THEME")
            {
                themes.Add((f[1], []));
                continue;
            }
            if (f.Length != 7 || themes.Count == 0) throw new InvalidDataException($"{ResourceName} line {i + 1}: {f.Length} fields");
            var targets = f[3].Split(';');
            if (targets.Length == 1) targets = [targets[0], targets[0], targets[0], targets[0]];
            if (targets.Length != 4) throw new InvalidDataException($"{ResourceName} line {i + 1}: one target or four");
            themes[^1].Indicators.Add(new BrentIndicator(f[0], f[1], f[2], targets, f[4], f[5], f[6]));
        }
        return themes.Select(t => new BrentTheme(t.Name, t.Indicators)).ToList();
    }
}
