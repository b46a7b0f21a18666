using Ingest.Core.Rules;

namespace Ingest.Core.Councils;

/// <summary>
/// Every principal council of the UK, read from <c>extraction-rules/council-register.yaml</c>. Per-council
/// conventions (arrows, groups) live in <c>councils.yaml</c> and are merged with this by key.
/// </summary>
public sealed class CouncilRegister
{
    public const string FileName = "council-register.yaml";

    private readonly Dictionary<string, RegisteredCouncil> _byKey;

    public CouncilRegister(string release, IReadOnlyDictionary<string, int> totals, IEnumerable<RegisteredCouncil> councils)
    {
        Release = release;
        Totals = totals;
        _byKey = new Dictionary<string, RegisteredCouncil>(StringComparer.OrdinalIgnoreCase);
        foreach (var council in councils)
        {
            if (!_byKey.TryAdd(council.Key, council))
                throw new InvalidDataException($"{FileName}: council key '{council.Key}' appears twice");
        }
        Councils = _byKey.Values.ToList();
    }

    public static CouncilRegister Empty { get; } = new("", new Dictionary<string, int>(), []);

    /// <summary>The code list the register follows, as stated in the file.</summary>
    public string Release { get; }

    /// <summary>The release's number of councils of each type, as stated in the file.</summary>
    public IReadOnlyDictionary<string, int> Totals { get; }

    public IReadOnlyList<RegisteredCouncil> Councils { get; }

    public RegisteredCouncil? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The register in the rules folder; an empty one where the folder has none (a test's own rules).</summary>
    public static CouncilRegister Load(RulesDirectory rules)
    {
        var path = Path.Combine(rules.Path, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : Empty;
    }

    public static CouncilRegister Parse(string yaml, string origin = "<text>")
    {
        var file = RulesDirectory.Parse<CouncilRegisterFile>(yaml, origin);
        var councils = new List<RegisteredCouncil>();
        foreach (var entry in file.Councils)
        {
            if (entry.Key.Length == 0 || entry.Gss.Length != 9)
                throw new InvalidDataException($"{origin}: council '{entry.Key}{entry.Name}' needs a key and a nine-character GSS code");
            councils.Add(new RegisteredCouncil(entry.Key, entry.Gss, entry.Name, entry.Type, entry.Region, entry.County, entry.Names));
        }
        return new CouncilRegister(file.Release, file.Totals, councils);
    }
}
