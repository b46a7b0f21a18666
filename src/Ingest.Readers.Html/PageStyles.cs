using System.Text.RegularExpressions;
using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Ingest.Readers.Html;

/// <summary>
/// The cascade, reduced to what scorecards need: the page's &lt;style&gt; rules and each element's style
/// attribute, parsed by AngleSharp.Css and matched with AngleSharp's selector engine, ordered by
/// specificity then source order, <c>!important</c> first. External style sheets are not available and
/// not read.
/// </summary>
/// <remarks>
/// The cascade is ours rather than AngleSharp.Css's computed style because that one tries every rule on
/// every element it is asked about and resolves every property: a saved council page carries a CSS
/// framework of thousands of rules and thousands of cells, and needs five properties. Here a selector is
/// tried only on the elements its last compound can match (<see cref="ElementIndex"/>), matching stops
/// with a warning past <see cref="MaxMatchAttempts"/>, and inheritance stays with
/// <see cref="InlineFormat"/>, which also knows the tags' and legacy attributes' defaults.
/// </remarks>
internal sealed partial class PageStyles
{
    /// <summary>Selector matches tried before the rest of a huge framework style sheet is given up.</summary>
    private const int MaxMatchAttempts = 5_000_000;

    private readonly Dictionary<IElement, List<MatchedRule>> _matches;
    private readonly CssParser _parser;

    private PageStyles(Dictionary<IElement, List<MatchedRule>> matches, CssParser parser)
    {
        _matches = matches;
        _parser = parser;
    }

    public static PageStyles Build(IDocument document, List<string> warnings, CancellationToken cancellationToken)
    {
        var matches = new Dictionary<IElement, List<MatchedRule>>(ReferenceEqualityComparer.Instance);
        var cssParser = CssRule.Parser();
        var rules = document.QuerySelectorAll("style")
            .Where(style => AppliesToScreen(style.GetAttribute("media")))
            .SelectMany(style => CssRule.Parse(cssParser, style.TextContent))
            .ToList();
        if (rules.Count == 0) return new PageStyles(matches, cssParser);

        var index = new ElementIndex(document);
        var parser = new CssSelectorParser();
        var attempts = 0;
        var order = 0;
        foreach (var rule in rules)
        foreach (var text in CssSyntax.SplitTopLevel(rule.Selectors, ','))
        {
            cancellationToken.ThrowIfCancellationRequested();
            order++;
            if (DescribesSomethingElse().IsMatch(text)) continue;
            var selector = Parse(parser, text);
            if (selector is null) continue;
            foreach (var candidate in index.Candidates(text))
            {
                if (++attempts > MaxMatchAttempts)
                {
                    warnings.Add("the page's style sheet is too large to apply in full; later style rules were ignored");
                    return new PageStyles(matches, cssParser);
                }
                if (!selector.Match(candidate, null)) continue;
                if (!matches.TryGetValue(candidate, out var list)) matches[candidate] = list = [];
                list.Add(new MatchedRule(selector.Specificity, order, rule.Declarations));
            }
        }
        return new PageStyles(matches, cssParser);
    }

    public ResolvedStyle Resolve(IElement element)
    {
        var inline = element.GetAttribute("style");
        var hasRules = _matches.TryGetValue(element, out var rules);
        if (!hasRules && string.IsNullOrWhiteSpace(inline)) return default;

        var cascade = new Cascade();
        if (rules is not null)
            foreach (var rule in rules)
                cascade.Apply(rule.Declarations, rule.Specificity, rule.Order);
        if (!string.IsNullOrWhiteSpace(inline) && _parser.ParseDeclaration(CssDeclaration.WithDefaultColours(inline)) is { } declared)
            cascade.Apply(CssDeclaration.From(declared), Priority.Inline, int.MaxValue);
        return cascade.Result();
    }

    private static ISelector? Parse(CssSelectorParser parser, string text)
    {
        try
        {
            return parser.ParseSelector(text);
        }
        catch (DomException)
        {
            return null;
        }
    }

    private static bool AppliesToScreen(string? media) => string.IsNullOrWhiteSpace(media) || CssRule.MediaApplies(media);

    /// <summary>
    /// Pseudo-elements style generated content rather than the element, and dynamic pseudo-classes
    /// describe a state (hover, focus) the saved page is not in.
    /// </summary>
    [GeneratedRegex(@":(?::|before|after|first-letter|first-line|hover|focus|active|visited|target|selection|placeholder|marker)", RegexOptions.IgnoreCase)]
    private static partial Regex DescribesSomethingElse();

    private sealed record MatchedRule(Priority Specificity, int Order, IReadOnlyList<CssDeclaration> Declarations);

    /// <summary>Per property, the declaration that wins: important over normal, then specificity, then later.</summary>
    private sealed class Cascade
    {
        private readonly Dictionary<string, (string Value, bool Important, Priority Specificity, int Order)> _winners = [];

        public void Apply(IReadOnlyList<CssDeclaration> declarations, Priority specificity, int order)
        {
            foreach (var declaration in declarations)
            {
                if (_winners.TryGetValue(declaration.Property, out var current) && Beats(current, declaration, specificity, order)) continue;
                _winners[declaration.Property] = (declaration.Value, declaration.Important, specificity, order);
            }
        }

        public ResolvedStyle Result() => new(
            Get(CssDeclaration.Colour), Get(CssDeclaration.Background), Get(CssDeclaration.FontWeight),
            Get(CssDeclaration.Display), Get(CssDeclaration.Visibility));

        private string? Get(string property) => _winners.TryGetValue(property, out var winner) ? winner.Value : null;

        // Equal weight goes to the later declaration, so within one block the last one wins.
        private static bool Beats((string Value, bool Important, Priority Specificity, int Order) current,
            CssDeclaration candidate, Priority specificity, int order)
        {
            if (current.Important != candidate.Important) return current.Important;
            var bySpecificity = current.Specificity.CompareTo(specificity);
            if (bySpecificity != 0) return bySpecificity > 0;
            return current.Order > order;
        }
    }
}
