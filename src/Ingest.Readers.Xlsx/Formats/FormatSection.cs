using System.Text;
using Ingest.Readers.Xlsx.Styles;

namespace Ingest.Readers.Xlsx.Formats;

/// <summary>
/// One ';'-separated section of a number format, tokenised. Covers the parts of Excel's format
/// language that scorecards use: digit placeholders, grouping and scaling commas, percent, exponent,
/// literals (quoted, escaped, currency brackets such as [$£-809]), colours, conditions, text (@),
/// General, and dates and times including elapsed [h]. Fractions (# ?/?) are shown as General.
/// </summary>
internal sealed class FormatSection
{
    private static readonly Dictionary<string, string> NamedColours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Black"] = "000000", ["Blue"] = "0000FF", ["Cyan"] = "00FFFF", ["Green"] = "00FF00",
        ["Magenta"] = "FF00FF", ["Red"] = "FF0000", ["White"] = "FFFFFF", ["Yellow"] = "FFFF00",
    };

    private FormatSection(IReadOnlyList<FormatToken> tokens, string? colour, FormatCondition? condition)
    {
        Tokens = tokens;
        Colour = colour;
        Condition = condition;
        Kind = tokens.Any(t => t.IsDatePart) ? SectionKind.Date
            : tokens.Any(t => t.Kind == TokenKind.TextValue) ? SectionKind.Text
            : tokens.Any(t => t.Kind == TokenKind.General) ? SectionKind.General
            : SectionKind.Number;
        Pattern = NumberPattern.Of(tokens);
    }

    public IReadOnlyList<FormatToken> Tokens { get; }
    public SectionKind Kind { get; }

    /// <summary>RRGGBB from a [Red] or [Color10] bracket, or null.</summary>
    public string? Colour { get; }

    public FormatCondition? Condition { get; }

    /// <summary>The placeholder layout, for a number section.</summary>
    public NumberPattern Pattern { get; }

    public static FormatSection Parse(string text)
    {
        var tokens = new List<FormatToken>();
        var literal = new StringBuilder();
        string? colour = null;
        FormatCondition? condition = null;

        void Add(FormatToken token)
        {
            if (literal.Length > 0)
            {
                tokens.Add(new FormatToken(TokenKind.Literal, literal.ToString()));
                literal.Clear();
            }
            tokens.Add(token);
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    var close = text.IndexOf('"', i + 1);
                    if (close < 0) close = text.Length;
                    literal.Append(text, i + 1, close - i - 1);
                    i = close + 1;
                    continue;
                case '\\':
                    if (i + 1 < text.Length) literal.Append(text[i + 1]);
                    i += 2;
                    continue;
                case '_':
                    // Space the width of the next character: alignment padding, shown as one space.
                    literal.Append(' ');
                    i += 2;
                    continue;
                case '*':
                    // Repeat the next character to fill the column: a fixed rendering has no column width.
                    i += 2;
                    continue;
                case '[':
                    var end = text.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        literal.Append(text, i, text.Length - i);
                        i = text.Length;
                        continue;
                    }
                    var bracket = text[(i + 1)..end];
                    i = end + 1;
                    if (NamedColours.TryGetValue(bracket, out var named)) colour = named;
                    else if (bracket.StartsWith("Color", StringComparison.OrdinalIgnoreCase)
                             && int.TryParse(bracket.AsSpan(5), out var number) && number is >= 1 and <= 56)
                        colour = IndexedPalette.Excel[number + 7];
                    else if (bracket.StartsWith('$')) literal.Append(CurrencySymbol(bracket));
                    else if (bracket.Length > 0 && bracket[0] is '<' or '>' or '=') condition = FormatCondition.TryParse(bracket) ?? condition;
                    else if (ElapsedKind(bracket) is { } elapsed) Add(new FormatToken(elapsed, Count: bracket.Length));
                    // Anything else ([DBNum1], [natural], locale codes) changes nothing a UK reader sees.
                    continue;
                case '0' or '#' or '?':
                    Add(new FormatToken(TokenKind.Digit, c.ToString()));
                    break;
                case '.':
                    Add(new FormatToken(TokenKind.DecimalPoint, "."));
                    break;
                case ',':
                    Add(new FormatToken(TokenKind.Comma, ","));
                    break;
                case '%':
                    Add(new FormatToken(TokenKind.Percent, "%"));
                    break;
                case '@':
                    Add(new FormatToken(TokenKind.TextValue));
                    break;
                case 'E' or 'e' when i + 1 < text.Length && text[i + 1] is '+' or '-':
                    Add(new FormatToken(TokenKind.Exponent, text[i + 1].ToString()));
                    i += 2;
                    continue;
                case 'G' or 'g' when string.Compare(text, i, "General", 0, 7, StringComparison.OrdinalIgnoreCase) == 0:
                    Add(new FormatToken(TokenKind.General));
                    i += 7;
                    continue;
                case 'A' or 'a' when string.Compare(text, i, "AM/PM", 0, 5, StringComparison.OrdinalIgnoreCase) == 0:
                    Add(new FormatToken(TokenKind.AmPm, text.Substring(i, 5)));
                    i += 5;
                    continue;
                case 'A' or 'a' when string.Compare(text, i, "A/P", 0, 3, StringComparison.OrdinalIgnoreCase) == 0:
                    Add(new FormatToken(TokenKind.AmPm, text.Substring(i, 3)));
                    i += 3;
                    continue;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    var run = 1;
                    while (i + run < text.Length && char.ToLowerInvariant(text[i + run]) == char.ToLowerInvariant(c)) run++;
                    Add(new FormatToken(char.ToLowerInvariant(c) switch
                    {
                        'y' => TokenKind.Year,
                        'm' => TokenKind.Month,
                        'd' => TokenKind.Day,
                        'h' => TokenKind.Hour,
                        _ => TokenKind.Second,
                    }, Count: run));
                    i += run;
                    continue;
                default:
                    literal.Append(c);
                    break;
            }
            i++;
        }
        if (literal.Length > 0) tokens.Add(new FormatToken(TokenKind.Literal, literal.ToString()));
        return new FormatSection(MinutesFromMonths(tokens), colour, condition);
    }

    /// <summary>[$£-809] is "£ in en-GB": the symbol is what is shown; [$-409] shows nothing.</summary>
    private static string CurrencySymbol(string bracket)
    {
        var dash = bracket.IndexOf('-');
        return dash < 0 ? bracket[1..] : bracket[1..dash];
    }

    private static TokenKind? ElapsedKind(string bracket)
    {
        if (bracket.Length == 0) return null;
        var first = char.ToLowerInvariant(bracket[0]);
        if (bracket.Any(ch => char.ToLowerInvariant(ch) != first)) return null;
        return first switch
        {
            'h' => TokenKind.ElapsedHours,
            'm' => TokenKind.ElapsedMinutes,
            's' => TokenKind.ElapsedSeconds,
            _ => null,
        };
    }

    /// <summary>
    /// "m" is a month unless it follows an hour or precedes a second (skipping literals between),
    /// which is how Excel tells minutes from months in h:mm and mm:ss.
    /// </summary>
    private static List<FormatToken> MinutesFromMonths(List<FormatToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Month) continue;
            var previous = tokens.Take(i).LastOrDefault(t => t.IsDatePart);
            var next = tokens.Skip(i + 1).FirstOrDefault(t => t.IsDatePart);
            // A missing neighbour is default(FormatToken), a literal, so it matches neither test.
            if (previous.Kind is TokenKind.Hour or TokenKind.ElapsedHours || next.Kind is TokenKind.Second or TokenKind.ElapsedSeconds)
                tokens[i] = tokens[i] with { Kind = TokenKind.Minute };
        }
        return tokens;
    }
}
