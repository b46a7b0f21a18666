using Ingest.Core.Councils;
using Ingest.Core.Rules;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Ingest.Dataset.Councils;

public sealed record Council(string Key, string Title, string OnsCode, string Region)
{
    /// <summary>The register's type (london-borough, county, unitary, ...), empty for a council only in councils.yaml.</summary>
    public string Type { get; init; } = "";
}

public sealed record ComparisonGroup(string Key, string Title, string Kind, IReadOnlyList<string> Members);

/// <summary>
/// Councils with their ONS codes, regions and comparison groups, read from <c>councils.yaml</c> (the same file
/// the extractor reads for names and arrows) and from the register of every council (council-register.yaml),
/// which fills what councils.yaml leaves out. A group's members are its own list plus every council naming it;
/// the register adds a group per type (<c>type:london-borough</c>), region (<c>region:south-east</c>) and
/// two-tier county (<c>county:kent</c>: the county council and its districts).
/// </summary>
public sealed class CouncilDirectory
{
    public const string CouncilsFile = "councils.yaml";

    private readonly Dictionary<string, Council> _councils;
    private readonly Dictionary<string, ComparisonGroup> _groups;

    public CouncilDirectory(IEnumerable<CouncilProfileFile> files, CouncilRegister? register = null)
    {
        _councils = new Dictionary<string, Council>(StringComparer.OrdinalIgnoreCase);
        var groupTitles = new Dictionary<string, ComparisonGroupEntry>(StringComparer.OrdinalIgnoreCase);
        var members = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        // Later files are weaker: a value already set by an earlier file stays.
        foreach (var file in files)
        {
            foreach (var entry in file.Councils.Where(c => c.Key.Length > 0))
            {
                var known = _councils.GetValueOrDefault(entry.Key);
                _councils[entry.Key] = new Council(entry.Key,
                    First(known?.Title, entry.Title, entry.Key), First(known?.OnsCode, entry.OnsCode, ""), First(known?.Region, entry.Region, ""));
                foreach (var group in entry.Groups) AddMember(members, group, entry.Key);
            }
            foreach (var group in file.Groups.Where(g => g.Key.Length > 0))
            {
                groupTitles.TryAdd(group.Key, group);
                foreach (var member in group.Members) AddMember(members, group.Key, member);
            }
        }
        foreach (var entry in (register ?? CouncilRegister.Empty).Councils)
        {
            var known = _councils.GetValueOrDefault(entry.Key);
            _councils[entry.Key] = new Council(entry.Key, First(known?.Title, entry.Names.FirstOrDefault(), entry.Name),
                First(known?.OnsCode, entry.GssCode, ""), First(known?.Region, entry.Region, "")) { Type = entry.Type };
            foreach (var (group, title, kind) in RegisterGroups(entry))
            {
                groupTitles.TryAdd(group, new ComparisonGroupEntry { Key = group, Title = title, Kind = kind });
                AddMember(members, group, entry.Key);
            }
        }
        _groups = new Dictionary<string, ComparisonGroup>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in members.Keys.Concat(groupTitles.Keys).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var entry = groupTitles.GetValueOrDefault(key);
            _groups[key] = new ComparisonGroup(key, First(entry?.Title, key, key), entry?.Kind ?? "", members.GetValueOrDefault(key) ?? []);
        }
    }

    public IReadOnlyCollection<Council> Councils => _councils.Values;

    public IReadOnlyCollection<ComparisonGroup> Groups => _groups.Values;

    public Council? Find(string councilKey) => _councils.GetValueOrDefault(councilKey);

    public ComparisonGroup? Group(string groupKey) => _groups.GetValueOrDefault(groupKey);

    /// <summary>The council's ONS code, or empty when the council or its code is unknown.</summary>
    public string OnsCode(string councilKey) => Find(councilKey)?.OnsCode ?? "";

    public static CouncilDirectory Load(RulesDirectory rules)
    {
        var files = new List<CouncilProfileFile>();
        var path = Path.Combine(rules.Path, CouncilsFile);
        if (File.Exists(path)) files.Add(Parse(File.ReadAllText(path), path));
        return new CouncilDirectory(files, CouncilRegister.Load(rules));
    }

    /// <summary>Reads the identity keys of a councils file, leaving the extractor's keys (names, arrows) to it.</summary>
    public static CouncilProfileFile Parse(string yaml, string origin = "<text>")
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        try
        {
            return deserializer.Deserialize<CouncilProfileFile?>(yaml) ?? new CouncilProfileFile();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{origin}: {e.Message}", e);
        }
    }

    private static IEnumerable<(string Key, string Title, string Kind)> RegisterGroups(RegisteredCouncil council)
    {
        if (council.Type.Length > 0) yield return ("type:" + council.Type, $"Councils of type {council.Type} (ONS)", "ons-type");
        if (council.Region.Length > 0)
            yield return ("region:" + CouncilResolver.Slug(council.Region), $"Councils in {council.Region} (ONS region)", "ons-region");
        var county = council.Type == "county" ? council.Key : council.County;
        if (county.Length > 0) yield return ("county:" + county, $"{county}: the county council and its districts", "two-tier-county");
    }

    private static void AddMember(Dictionary<string, List<string>> members, string group, string council)
    {
        if (!members.TryGetValue(group, out var list)) members[group] = list = [];
        if (!list.Contains(council, StringComparer.OrdinalIgnoreCase)) list.Add(council);
    }

    private static string First(string? a, string? b, string fallback) =>
        !string.IsNullOrWhiteSpace(a) ? a : !string.IsNullOrWhiteSpace(b) ? b : fallback;
}
