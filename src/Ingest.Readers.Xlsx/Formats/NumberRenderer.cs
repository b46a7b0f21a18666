using System.Globalization;
using System.Text;

namespace Ingest.Readers.Xlsx.Formats;

/// <summary>
/// Renders a non-negative number through a number section. Arithmetic is decimal, on the value
/// rounded to Excel's 15 significant digits, and rounding is half away from zero as Excel does, so
/// 0.9312 in 0.0% is 93.1% and 2.675 in 0.00 is 2.68.
/// </summary>
internal static class NumberRenderer
{
    /// <summary>The text, and whether every digit shown is zero (so the caller drops a minus sign); null when out of range.</summary>
    public static (string Text, bool IsZero)? Render(FormatSection section, double magnitude)
    {
        var pattern = section.Pattern;
        if (GeneralNumber.ToDecimal(magnitude) is not { } value) return null;
        try
        {
            for (var i = 0; i < pattern.Percents; i++) value *= 100;
            for (var i = 0; i < pattern.ScalingCommas; i++) value /= 1000;

            var exponent = 0;
            if (pattern.HasExponent) (value, exponent) = Normalise(value, pattern);
            var rounded = Math.Round(value, Math.Min(pattern.FractionDigits, 28), MidpointRounding.AwayFromZero);
            return (Emit(section, pattern, rounded, exponent), rounded == 0);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Mantissa and exponent for E+ formats; "##0" before the E means engineering steps of three.</summary>
    private static (decimal Mantissa, int Exponent) Normalise(decimal value, NumberPattern pattern)
    {
        if (value == 0) return (0, 0);
        var integerDigits = Math.Max(1, pattern.IntegerDigits);
        var step = pattern.IntegerHasOptional && integerDigits > 1 ? integerDigits : 1;
        var magnitude = (int)Math.Floor(Math.Log10((double)value));
        var exponent = step > 1 ? (int)Math.Floor(magnitude / (double)step) * step : magnitude - (integerDigits - 1);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var mantissa = GeneralNumber.ToDecimal((double)value / Math.Pow(10, exponent)) ?? 0;
            var rounded = Math.Round(mantissa, Math.Min(pattern.FractionDigits, 28), MidpointRounding.AwayFromZero);
            var limit = (decimal)Math.Pow(10, step > 1 ? step : integerDigits);
            if (rounded < limit) return (mantissa, exponent);
            exponent += step;
        }
        return ((decimal)((double)value / Math.Pow(10, exponent)), exponent);
    }

    private static string Emit(FormatSection section, NumberPattern pattern, decimal rounded, int exponent)
    {
        var integer = decimal.Truncate(rounded);
        var digits = integer == 0 ? "" : integer.ToString(CultureInfo.InvariantCulture);
        var fraction = pattern.FractionDigits == 0
            ? ""
            : decimal.Truncate((rounded - integer) * Pow10(pattern.FractionDigits)).ToString(CultureInfo.InvariantCulture)
                .PadLeft(pattern.FractionDigits, '0');
        // Fraction placeholders past the last significant digit: '#' drops them, '?' pads with a space.
        var significantFraction = fraction.TrimEnd('0').Length;

        var text = new StringBuilder();
        var tokens = section.Tokens;
        var integerPlaceholder = 0;
        var fractionPlaceholder = 0;
        if (pattern.IntegerDigits == 0 && pattern.DecimalPoint >= 0)
        {
            // ".00" still shows the integer part: Excel never loses digits to a missing placeholder.
            var point = pattern.DecimalPoint;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (i == point) AppendGrouped(text, digits, pattern.Grouping);
                EmitToken(i);
            }
            return text.ToString();
        }
        for (var i = 0; i < tokens.Count; i++) EmitToken(i);
        return text.ToString();

        void EmitToken(int i)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Literal:
                    text.Append(token.Text);
                    break;
                case TokenKind.Digit when pattern.Roles[i] == NumberPattern.DigitRole.Integer:
                    EmitInteger(text, token.Text[0], pattern, digits, integerPlaceholder++);
                    break;
                case TokenKind.Digit when pattern.Roles[i] == NumberPattern.DigitRole.Fraction:
                    var index = fractionPlaceholder++;
                    text.Append(index < significantFraction ? fraction[index].ToString()
                        : token.Text switch { "0" => "0", "?" => " ", _ => "" });
                    break;
                case TokenKind.Digit:
                    // Exponent digits are written with the E.
                    break;
                case TokenKind.DecimalPoint:
                    text.Append('.');
                    break;
                case TokenKind.Comma when pattern.CommaRoles[i] == NumberPattern.CommaRole.Literal:
                    text.Append(',');
                    break;
                case TokenKind.Percent:
                    text.Append('%');
                    break;
                case TokenKind.Exponent:
                    text.Append('E')
                        .Append(exponent < 0 ? "-" : token.Text == "+" ? "+" : "")
                        .Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture).PadLeft(pattern.ExponentMinDigits, '0'));
                    break;
                case TokenKind.General:
                    text.Append(GeneralNumber.Format((double)rounded));
                    break;
            }
        }
    }

    /// <summary>
    /// Integer placeholders are filled from the right; the leftmost one also takes any digits the
    /// format has no room for. A grouping comma follows every third digit shown from the right.
    /// </summary>
    private static void EmitInteger(StringBuilder text, char placeholder, NumberPattern pattern, string digits, int index)
    {
        var position = pattern.IntegerDigits - 1 - index;
        var highest = index == 0 ? Math.Max(digits.Length - 1, position) : position;
        for (var p = highest; p >= position; p--)
        {
            bool shown;
            if (p < digits.Length)
            {
                text.Append(digits[digits.Length - 1 - p]);
                shown = true;
            }
            else if (placeholder == '0')
            {
                text.Append('0');
                shown = true;
            }
            else
            {
                if (placeholder == '?') text.Append(' ');
                shown = false;
            }
            if (shown && pattern.Grouping && p > 0 && p % 3 == 0) text.Append(',');
        }
    }

    private static void AppendGrouped(StringBuilder text, string digits, bool grouping)
    {
        for (var i = 0; i < digits.Length; i++)
        {
            text.Append(digits[i]);
            var position = digits.Length - 1 - i;
            if (grouping && position > 0 && position % 3 == 0) text.Append(',');
        }
    }

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++) result *= 10;
        return result;
    }
}
