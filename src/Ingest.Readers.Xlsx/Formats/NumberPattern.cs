namespace Ingest.Readers.Xlsx.Formats;

/// <summary>Where a number section's digits go: the roles of its placeholders and commas.</summary>
internal sealed class NumberPattern
{
    private NumberPattern(IReadOnlyList<FormatToken> tokens)
    {
        var exponent = IndexOf(tokens, TokenKind.Exponent, 0, tokens.Count);
        MantissaEnd = exponent < 0 ? tokens.Count : exponent;
        DecimalPoint = IndexOf(tokens, TokenKind.DecimalPoint, 0, MantissaEnd);
        ExponentIndex = exponent;
        var integerEnd = DecimalPoint < 0 ? MantissaEnd : DecimalPoint;

        var roles = new DigitRole[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Digit) continue;
            if (i < integerEnd) roles[i] = DigitRole.Integer;
            else if (i < MantissaEnd) roles[i] = DigitRole.Fraction;
            else roles[i] = DigitRole.Exponent;
        }
        Roles = roles;
        IntegerDigits = roles.Count(r => r == DigitRole.Integer);
        FractionDigits = roles.Count(r => r == DigitRole.Fraction);
        ExponentMinDigits = Enumerable.Range(0, tokens.Count).Count(i => roles[i] == DigitRole.Exponent && tokens[i].Text == "0");
        IntegerHasOptional = Enumerable.Range(0, tokens.Count).Any(i => roles[i] == DigitRole.Integer && tokens[i].Text != "0");
        Percents = tokens.Count(t => t.Kind == TokenKind.Percent);

        var commaRoles = new CommaRole[tokens.Count];
        var firstDigit = Array.FindIndex(roles, r => r != DigitRole.None);
        for (var i = 0; i < MantissaEnd; i++)
        {
            if (tokens[i].Kind != TokenKind.Comma) continue;
            var digitsAfter = Enumerable.Range(i + 1, MantissaEnd - i - 1).Any(j => roles[j] != DigitRole.None);
            var integerDigitAfter = Enumerable.Range(i + 1, Math.Max(0, integerEnd - i - 1)).Any(j => roles[j] == DigitRole.Integer);
            if (firstDigit >= 0 && i > firstDigit && integerDigitAfter) commaRoles[i] = CommaRole.Grouping;
            else if (firstDigit >= 0 && i > firstDigit && (!digitsAfter || NextIsDecimalPoint(tokens, i))) commaRoles[i] = CommaRole.Scaling;
            else commaRoles[i] = CommaRole.Literal;
        }
        CommaRoles = commaRoles;
        Grouping = commaRoles.Contains(CommaRole.Grouping);
        ScalingCommas = commaRoles.Count(r => r == CommaRole.Scaling);
    }

    public enum DigitRole { None, Integer, Fraction, Exponent }

    public enum CommaRole { None, Grouping, Scaling, Literal }

    public IReadOnlyList<DigitRole> Roles { get; }
    public IReadOnlyList<CommaRole> CommaRoles { get; }
    public int MantissaEnd { get; }

    /// <summary>Token index of the decimal point, or -1.</summary>
    public int DecimalPoint { get; }

    /// <summary>Token index of E+/E-, or -1.</summary>
    public int ExponentIndex { get; }

    public int IntegerDigits { get; }
    public int FractionDigits { get; }
    public int ExponentMinDigits { get; }

    /// <summary>The integer part has # or ? placeholders: engineering notation when there is an exponent.</summary>
    public bool IntegerHasOptional { get; }

    public bool Grouping { get; }
    public int ScalingCommas { get; }
    public int Percents { get; }
    public bool HasExponent => ExponentIndex >= 0;

    public static NumberPattern Of(IReadOnlyList<FormatToken> tokens) => new(tokens);

    private static int IndexOf(IReadOnlyList<FormatToken> tokens, TokenKind kind, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].Kind == kind) return i;
        return -1;
    }

    private static bool NextIsDecimalPoint(IReadOnlyList<FormatToken> tokens, int comma)
    {
        for (var i = comma + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Comma) continue;
            return tokens[i].Kind == TokenKind.DecimalPoint;
        }
        return false;
    }
}
