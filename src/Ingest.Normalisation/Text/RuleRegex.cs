using System.Text.RegularExpressions;

namespace Ingest.Normalisation;

/// <summary>Compiles regular expressions taken from the rules file, naming the bad one when it does not parse.</summary>
internal static class RuleRegex
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Rules come from a file anyone can edit; a timeout keeps a careless pattern from hanging a batch run.
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static Regex Compile(string pattern, string section, RegexOptions options = Options)
    {
        try
        {
            return new Regex(pattern, options, Timeout);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{NormalisationRules.FileName}, {section}: bad pattern '{pattern}': {e.Message}", e);
        }
    }

    /// <summary>An alternation of literal phrases, longest first so that "quarter" is tried before "q".</summary>
    public static string Alternation(IEnumerable<string> phrases) =>
        string.Join("|", phrases.Where(p => p.Length > 0).OrderByDescending(p => p.Length).Select(LiteralPhrase));

    /// <summary>A phrase as a pattern: any run of whitespace in it matches any run in the text.</summary>
    public static string LiteralPhrase(string phrase) =>
        string.Join(@"\s+", phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
}
