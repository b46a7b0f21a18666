using Ingest.Core.Rules;
using Ingest.Extraction.Rules;

namespace Ingest.Cli.Commands;

/// <summary>What a --council value stands for: the key of the council it names, or why it names none.</summary>
public static class CouncilArgument
{
    public static (string? Key, string? Error) Resolve(string given, string? rulesPath)
    {
        RulesDirectory rules;
        try
        {
            rules = RulesDirectory.Locate(rulesPath);
        }
        catch (DirectoryNotFoundException)
        {
            // The command reports a missing rules folder itself; the council cannot be judged without it.
            return (null, null);
        }
        var resolver = CouncilRulesLoader.Resolver(CouncilRulesLoader.Load(rules));
        if (resolver.Resolve(given) is { } key) return (key, null);
        return (null, $"council '{given}' is not known (extraction-rules/council-register.yaml); closest: {string.Join(", ", resolver.Closest(given))}");
    }
}
