using System.Text.RegularExpressions;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Normalisation;

/// <summary>
/// Reads a RAG status from a word or a colour. Words ("RED") count anywhere in a short cell, so Havering's
/// "83% RED" is red; letter codes ("A", "LG") only as the whole cell, so the "a" of "n/a" is nothing.
/// </summary>
internal sealed class RagReader
{
    private static readonly Regex Words = new(@"\p{L}+", RuleRegex.Options, RuleRegex.Timeout);

    private readonly CategoryMatcher<Rag> _words;
    private readonly CategoryMatcher<Rag> _codes;
    private readonly int _maxWords;
    private readonly RagColourMatcher _colours;

    public RagReader(RagRules rules)
    {
        _words = Matcher(rules.Words, "rag.words");
        _codes = Matcher(rules.Codes, "rag.codes");
        _maxWords = rules.MaxWords;
        _colours = new RagColourMatcher(rules.Colours);
    }

    public Rag? FromWord(string raw)
    {
        var text = TextNormaliser.Collapse(raw);
        var words = Words.Matches(text).Count;
        if (words == 0 || words > _maxWords) return null;
        return words == 1 ? _codes.Single(text) ?? _words.Single(text) : _words.Single(text);
    }

    public Rag? FromColour(string? rrggbb) => _colours.Match(rrggbb);

    private static CategoryMatcher<Rag> Matcher(RagVocabulary vocabulary, string section) => new(
    [
        (Rag.Red, vocabulary.Red), (Rag.Amber, vocabulary.Amber), (Rag.Green, vocabulary.Green), (Rag.Blue, vocabulary.Blue),
    ], section);
}
