using Ingest.Core.Rules;
using Ingest.Core.Tables;

namespace Ingest.Dataset.Catalogue;

/// <summary>The indicator catalogue, checked on load: keys unique, and no alias claimed by two keys.</summary>
public sealed class IndicatorCatalogue
{
    public const string ProvisionalPrefix = "provisional:";

    private readonly Dictionary<string, IndicatorEntry> _byKey;

    public IndicatorCatalogue(IndicatorCatalogueFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Settings = file.Matching;
        Entries = file.Indicators;
        _byKey = new Dictionary<string, IndicatorEntry>(StringComparer.Ordinal);
        var aliasOwner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in file.Indicators)
        {
            if (string.IsNullOrWhiteSpace(entry.Key))
                throw new InvalidDataException($"{IndicatorCatalogueFile.FileName}: an indicator has no key (title '{entry.Title}')");
            if (entry.Key.StartsWith(ProvisionalPrefix, StringComparison.Ordinal))
                throw new InvalidDataException($"{IndicatorCatalogueFile.FileName}: key '{entry.Key}' uses the reserved prefix '{ProvisionalPrefix}'");
            if (!_byKey.TryAdd(entry.Key, entry))
                throw new InvalidDataException($"{IndicatorCatalogueFile.FileName}: key '{entry.Key}' appears twice");
            foreach (var alias in entry.Aliases)
            {
                var text = TextNormaliser.Collapse(alias);
                if (aliasOwner.TryGetValue(text, out var owner) && owner != entry.Key)
                    throw new InvalidDataException(
                        $"{IndicatorCatalogueFile.FileName}: alias '{text}' belongs to both '{owner}' and '{entry.Key}'");
                aliasOwner[text] = entry.Key;
            }
        }
    }

    public MatchingSettings Settings { get; }

    public IReadOnlyList<IndicatorEntry> Entries { get; }

    public IndicatorEntry? Find(string key) => _byKey.GetValueOrDefault(key);

    public const string SetsFolder = "indicator-sets";

    /// <summary>
    /// indicators.yaml and then the published national sets in indicator-sets/*.yaml. A set's measure that the
    /// main catalogue already knows (the same numbered code, such as NI 156 or ASCOF 1C(2A), or the same
    /// normalised name) is left out, so the keys that
    /// stored observations carry never move.
    /// </summary>
    public static IndicatorCatalogue Load(RulesDirectory rules)
    {
        var file = rules.Load<IndicatorCatalogueFile>(IndicatorCatalogueFile.FileName);
        var folder = Path.Combine(rules.Path, SetsFolder);
        if (!Directory.Exists(folder)) return new IndicatorCatalogue(file);
        var names = file.Indicators.SelectMany(e => e.Aliases.Append(e.Title)).Select(IndicatorNameNormaliser.Normalise).ToHashSet(StringComparer.Ordinal);
        var codes = file.Indicators.SelectMany(e => e.Codes).Select(NumberedCode).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var set in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            foreach (var entry in rules.Load<IndicatorCatalogueFile>(Path.Combine(SetsFolder, Path.GetFileName(set))).Indicators)
            {
                var known = entry.Codes.Select(NumberedCode).OfType<string>().Any(codes.Contains)
                            || entry.Aliases.Append(entry.Title).Select(IndicatorNameNormaliser.Normalise).Any(names.Contains);
                if (!known) file.Indicators.Add(entry);
            }
        return new IndicatorCatalogue(file);
    }

    // "Oflog" or "LG Inform" names a family of measures; a code with a number names one measure.
    private static string? NumberedCode(string code) =>
        IndicatorNameNormaliser.NiCodeOf(code) ?? (code.Any(char.IsDigit) ? string.Concat(code.Where(c => !char.IsWhiteSpace(c))) : null);

    public static IndicatorCatalogue Parse(string yaml) => new(RulesDirectory.Parse<IndicatorCatalogueFile>(yaml));
}
