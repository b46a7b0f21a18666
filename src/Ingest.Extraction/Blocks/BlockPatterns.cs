using System.Text.RegularExpressions;
using Ingest.Core.Tables;

namespace Ingest.Extraction.Blocks;

/// <summary>The patterns of <see cref="BlockRules"/>, compiled once per extractor.</summary>
internal sealed class BlockPatterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    public BlockPatterns(BlockRules rules)
    {
        Rules = rules;
        TitleRag = Compile(rules.TitleRag, Options, "title_rag");
        UnratedTitle = Compile(rules.UnratedTitle, Options, "unrated_title");
        // Reference codes are capitals and digits: case matters, or "the 3 - " would be one.
        Reference = Compile(rules.Reference, RegexOptions.CultureInvariant, "reference");
        FigureRag = Compile(rules.FigureRag, Options, "figure_rag");
        RollingTitle = Compile(rules.RollingTitle, Options, "rolling_title");
        var labels = rules.Labels
            .SelectMany(pair => pair.Value.Select(label => (Role: pair.Key, Label: label)))
            .OrderByDescending(p => p.Label.Length)
            .ToList();
        RoleOfLabel = labels.ToDictionary(p => TextNormaliser.Collapse(p.Label).ToLowerInvariant(), p => p.Role);
        var alternatives = string.Join("|", labels.Select(p => Regex.Escape(TextNormaliser.Collapse(p.Label)).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        Label = labels.Count == 0
            ? null
            : new Regex($@"(?<![\p{{L}}\p{{N}}])(?<label>{alternatives})\s*{Regex.Escape(rules.LabelSeparator)}", Options, Timeout);
    }

    public BlockRules Rules { get; }
    public Regex? TitleRag { get; }
    public Regex? UnratedTitle { get; }
    public Regex? Reference { get; }
    public Regex? FigureRag { get; }
    public Regex? RollingTitle { get; }
    public Regex? Label { get; }
    public IReadOnlyDictionary<string, string> RoleOfLabel { get; }

    /// <summary>The indicator name without a leading reference code.</summary>
    public string WithoutReference(string name)
    {
        var text = TextNormaliser.Collapse(name);
        return Reference?.Match(text) is { Success: true } m && m.Length < text.Length ? text[m.Length..].Trim() : text;
    }

    private static Regex? Compile(string pattern, RegexOptions options, string name)
    {
        if (string.IsNullOrWhiteSpace(pattern)) return null;
        try
        {
            return new Regex(pattern, options, Timeout);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{BlockRules.FileName}: {name} is not a valid pattern: {e.Message}", e);
        }
    }
}
