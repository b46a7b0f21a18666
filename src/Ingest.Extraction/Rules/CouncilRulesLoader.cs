using Ingest.Core.Councils;
using Ingest.Core.Rules;

namespace Ingest.Extraction.Rules;

/// <summary>
/// The councils extraction knows: the conventions file (councils.yaml) merged by key with the register
/// (council-register.yaml). A council in both keeps its conventions and gains the register's phrases and code;
/// a council only in the register is recognised by its phrases and has no arrow conventions.
/// </summary>
public static class CouncilRulesLoader
{
    public static CouncilRules Load(RulesDirectory rules) =>
        Merge(rules.Load<CouncilRules>(CouncilRules.FileName), CouncilRegister.Load(rules));

    public static CouncilRules Merge(CouncilRules conventions, CouncilRegister register)
    {
        var councils = new List<CouncilRule>();
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in conventions.Councils)
        {
            known.Add(rule.Key);
            var entry = register.Find(rule.Key);
            if (entry is null)
            {
                councils.Add(rule);
                continue;
            }
            councils.Add(new CouncilRule
            {
                Key = rule.Key,
                Title = rule.Title.Length > 0 ? rule.Title : entry.Name,
                Names = rule.Names.Concat(entry.Names).Distinct(StringComparer.Ordinal).ToList(),
                Arrows = rule.Arrows,
                OnsCode = rule.OnsCode.Length > 0 ? rule.OnsCode : entry.GssCode,
                Name = entry.Name,
                Region = rule.Region.Length > 0 ? rule.Region : entry.Region,
                Groups = rule.Groups,
            });
        }
        councils.AddRange(register.Councils.Where(c => !known.Contains(c.Key)).Select(c => new CouncilRule
        {
            Key = c.Key,
            Title = c.Names.Count > 0 ? c.Names[0] : c.Name,
            Names = c.Names.ToList(),
            OnsCode = c.GssCode,
            Name = c.Name,
            Region = c.Region,
        }));
        return new CouncilRules { Councils = councils, Groups = conventions.Groups };
    }

    /// <summary>Resolves a key, GSS code or any name of a council to its key.</summary>
    public static CouncilResolver Resolver(CouncilRules rules) =>
        new(rules.Councils.Select(c => (c.Key, (IEnumerable<string>)[c.OnsCode, c.Name, CouncilResolver.Slug(c.Name), c.Title, .. c.Names])));
}
