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

    public static IndicatorCatalogue Load(RulesDirectory rules) =>
        new(rules.Load<IndicatorCatalogueFile>(IndicatorCatalogueFile.FileName));

    public static IndicatorCatalogue Parse(string yaml) => new(RulesDirectory.Parse<IndicatorCatalogueFile>(yaml));
}
