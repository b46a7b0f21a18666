using System.Text;

namespace Ingest.Readers.Xlsx.Formats;

/// <summary>
/// A parsed number format: what Excel displays for a cell value. Up to four sections (positive;
/// negative; zero; text), or conditional sections ([&gt;=100]). The sign of a negative number is shown
/// by the format itself when it has a negative section, else by a leading minus.
/// </summary>
internal sealed class NumberFormat
{
    private readonly IReadOnlyList<FormatSection> _sections;

    private NumberFormat(string code, IReadOnlyList<FormatSection> sections)
    {
        Code = code;
        _sections = sections;
    }

    public static NumberFormat General { get; } = Parse("General");

    public string Code { get; }

    /// <summary>The format shows numbers as dates or times.</summary>
    public bool IsDate => _sections[0].Kind == SectionKind.Date;

    public static NumberFormat Parse(string code)
    {
        var sections = Split(code).Take(4).Select(FormatSection.Parse).ToList();
        return new NumberFormat(code, sections);
    }

    public FormattedText Format(double value, bool date1904)
    {
        if (!double.IsFinite(value)) return new FormattedText("#NUM!", null);
        var (section, magnitude, minus) = Choose(value);
        string text;
        switch (section.Kind)
        {
            case SectionKind.Date:
                // A negative date or one past 9999 is "####" in Excel; the number itself says more.
                text = DateRenderer.Render(section, value, date1904) ?? GeneralNumber.Format(value);
                break;
            case SectionKind.General:
                text = Signed(WithLiterals(section, GeneralNumber.Format(magnitude)), minus && magnitude != 0);
                break;
            case SectionKind.Text:
                // A number in a text-only format ("@") is shown as General.
                text = GeneralNumber.Format(value);
                break;
            default:
                if (NumberRenderer.Render(section, magnitude) is { } rendered)
                    text = Signed(rendered.Text, minus && !rendered.IsZero);
                else
                    text = GeneralNumber.Format(value);
                break;
        }
        return new FormattedText(text, section.Colour);
    }

    /// <summary>A string cell: the text section (the fourth, or a lone section holding @) decorates it; otherwise it shows as is.</summary>
    public FormattedText FormatText(string value)
    {
        var section = _sections.Count >= 4 ? _sections[3]
            : _sections.Count == 1 && _sections[0].Kind == SectionKind.Text ? _sections[0]
            : null;
        if (section is null) return new FormattedText(value, null);
        return new FormattedText(WithLiterals(section, value), section.Colour);
    }

    private (FormatSection Section, double Magnitude, bool Minus) Choose(double value)
    {
        var first = _sections[0];
        var second = _sections.Count > 1 ? _sections[1] : null;
        if (first.Condition is not null || second?.Condition is not null) return ChooseByCondition(value);

        var magnitude = Math.Abs(value);
        var chosen = (_sections.Count, value) switch
        {
            (>= 3, 0) => (_sections[2], magnitude, false),
            (>= 2, < 0) => (_sections[1], magnitude, false),
            (_, < 0) => (first, magnitude, true),
            _ => (first, magnitude, false),
        };
        // A text section in a number's place ("0;@") is not meant for numbers.
        return chosen.Item1.Kind == SectionKind.Text && chosen.Item1 != first ? (first, magnitude, value < 0) : chosen;
    }

    /// <summary>
    /// [cond1]a;[cond2]b;c: the first section whose condition holds, the last one otherwise. A section
    /// whose condition only admits negatives shows them without a minus, as a negative section does.
    /// </summary>
    private (FormatSection, double, bool) ChooseByCondition(double value)
    {
        FormatSection? chosen = null;
        foreach (var section in _sections.Take(2))
        {
            if (section.Condition?.Matches(value) ?? false)
            {
                chosen = section;
                break;
            }
        }
        chosen ??= _sections.Count > 2 ? _sections[2]
            : _sections.Count == 2 && _sections[1].Condition is null ? _sections[1]
            : _sections[0];
        var negativeOnly = chosen.Condition is { Operator: "<" or "<=" } condition && condition.Value <= 0;
        return (chosen, Math.Abs(value), value < 0 && !negativeOnly);
    }

    private static string Signed(string text, bool minus) => minus ? "-" + text : text;

    /// <summary>A General or text section: the value where General/@ stands, literals around it.</summary>
    private static string WithLiterals(FormatSection section, string value)
    {
        var text = new StringBuilder();
        var placed = false;
        foreach (var token in section.Tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.General or TokenKind.TextValue:
                    text.Append(value);
                    placed = true;
                    break;
                case TokenKind.Literal or TokenKind.Comma or TokenKind.DecimalPoint or TokenKind.Percent:
                    text.Append(token.Text);
                    break;
            }
        }
        return placed ? text.ToString() : value;
    }

    /// <summary>Splits on ';' outside quotes, brackets and backslash escapes.</summary>
    private static IEnumerable<string> Split(string code)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                if (c == '"') quoted = false;
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case '\\':
                    i++;
                    break;
                case '[':
                    var close = code.IndexOf(']', i + 1);
                    if (close > 0) i = close;
                    break;
                case ';':
                    yield return code[start..i];
                    start = i + 1;
                    break;
            }
        }
        yield return code[start..];
    }
}
