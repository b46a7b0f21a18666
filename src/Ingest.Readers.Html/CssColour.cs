using System.Globalization;

namespace Ingest.Readers.Html;

/// <summary>Reads CSS and legacy HTML colour values to upper-case RRGGBB.</summary>
internal static class CssColour
{
    /// <summary>
    /// Upper-case RRGGBB for <c>#rgb</c>, <c>#rrggbb</c> (and their alpha forms), <c>rgb()</c>/<c>rgba()</c>,
    /// <c>hsl()</c>/<c>hsla()</c> and named colours; null for anything else, including transparent.
    /// A translucent colour is what it shows over the white page, so a pale fill stays pale.
    /// </summary>
    public static string? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (text.StartsWith('#')) return Hex(text.AsSpan(1));
        var open = text.IndexOf('(');
        if (open > 0 && text.EndsWith(')'))
        {
            var arguments = Arguments(text[(open + 1)..^1]);
            return text[..open].Trim().ToLowerInvariant() switch
            {
                "rgb" or "rgba" => Rgb(arguments),
                "hsl" or "hsla" => Hsl(arguments),
                _ => null,
            };
        }
        return CssNamedColours.Lookup(text);
    }

    /// <summary>
    /// A colour attribute (<c>bgcolor</c>, <c>&lt;font color&gt;</c>): as CSS, and also bare hex without
    /// the '#', which old pages write and browsers accept there.
    /// </summary>
    public static string? ParseLegacy(string? value)
    {
        var parsed = Parse(value);
        if (parsed is not null || value is null) return parsed;
        var bare = value.Trim();
        return bare.Length is 3 or 6 && bare.All(char.IsAsciiHexDigit) ? Hex(bare) : null;
    }

    /// <summary>True for values that explicitly paint nothing, so a colour underneath shows through.</summary>
    public static bool IsClear(string value) =>
        value.Trim().ToLowerInvariant() is "transparent" or "none" or "initial" or "unset"
        || (value.Contains('(') && Parse(value) is null && Alpha(value) == 0);

    private static string? Hex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
            if (!char.IsAsciiHexDigit(c)) return null;
        return digits.Length switch
        {
            3 or 4 => Blend(Nibble(digits[0]) * 17, Nibble(digits[1]) * 17, Nibble(digits[2]) * 17,
                digits.Length == 4 ? Nibble(digits[3]) * 17 / 255.0 : 1),
            6 or 8 => Blend(Byte(digits[..2]), Byte(digits[2..4]), Byte(digits[4..6]),
                digits.Length == 8 ? Byte(digits[6..8]) / 255.0 : 1),
            _ => null,
        };
    }

    private static string? Rgb(IReadOnlyList<string> arguments)
    {
        if (arguments.Count is < 3 or > 4) return null;
        var channels = new int[3];
        for (var i = 0; i < 3; i++)
        {
            if (Number(arguments[i]) is not { } number) return null;
            channels[i] = (int)Math.Round(Math.Clamp(number.Percent ? number.Value * 2.55 : number.Value, 0, 255));
        }
        var alpha = arguments.Count == 4 ? AlphaOf(arguments[3]) : 1;
        return alpha is null ? null : Blend(channels[0], channels[1], channels[2], alpha.Value);
    }

    private static string? Hsl(IReadOnlyList<string> arguments)
    {
        if (arguments.Count is < 3 or > 4) return null;
        var hueText = arguments[0].ToLowerInvariant();
        var turns = hueText.EndsWith("turn", StringComparison.Ordinal);
        hueText = hueText.Replace("deg", "", StringComparison.Ordinal).Replace("turn", "", StringComparison.Ordinal);
        if (Number(hueText) is not { } hue || Number(arguments[1]) is not { } saturation || Number(arguments[2]) is not { } lightness)
            return null;
        var alpha = arguments.Count == 4 ? AlphaOf(arguments[3]) : 1;
        if (alpha is null) return null;

        var h = ((turns ? hue.Value * 360 : hue.Value) % 360 + 360) % 360 / 360;
        var s = Math.Clamp(saturation.Value / 100, 0, 1);
        var l = Math.Clamp(lightness.Value / 100, 0, 1);
        var q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        var p = 2 * l - q;
        return Blend(Channel(p, q, h + 1.0 / 3), Channel(p, q, h), Channel(p, q, h - 1.0 / 3), alpha.Value);

        static int Channel(double p, double q, double t)
        {
            t = (t % 1 + 1) % 1;
            var value = t < 1.0 / 6 ? p + (q - p) * 6 * t
                : t < 0.5 ? q
                : t < 2.0 / 3 ? p + (q - p) * (2.0 / 3 - t) * 6
                : p;
            return (int)Math.Round(value * 255);
        }
    }

    private static double? Alpha(string function)
    {
        var open = function.IndexOf('(');
        if (open < 0 || !function.TrimEnd().EndsWith(')')) return null;
        var arguments = Arguments(function[(open + 1)..function.LastIndexOf(')')]);
        return arguments.Count == 4 ? AlphaOf(arguments[3]) : null;
    }

    private static double? AlphaOf(string text) =>
        Number(text) is { } number ? Math.Clamp(number.Percent ? number.Value / 100 : number.Value, 0, 1) : null;

    /// <summary>Over the white page; fully transparent is no colour at all.</summary>
    private static string? Blend(int r, int g, int b, double alpha)
    {
        if (alpha <= 0) return null;
        if (alpha < 1)
        {
            r = (int)Math.Round(alpha * r + (1 - alpha) * 255);
            g = (int)Math.Round(alpha * g + (1 - alpha) * 255);
            b = (int)Math.Round(alpha * b + (1 - alpha) * 255);
        }
        return $"{r:X2}{g:X2}{b:X2}";
    }

    /// <summary>Both syntaxes: "255, 0, 0, 0.5" and "255 0 0 / 50%".</summary>
    private static List<string> Arguments(string inside) =>
        inside.Split([',', ' ', '/', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static (double Value, bool Percent)? Number(string text)
    {
        var percent = text.EndsWith('%');
        var digits = percent ? text[..^1] : text;
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? (value, percent)
            : null;
    }

    private static int Nibble(char c) => Convert.ToInt32(c.ToString(), 16);

    private static int Byte(ReadOnlySpan<char> pair) => int.Parse(pair, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
