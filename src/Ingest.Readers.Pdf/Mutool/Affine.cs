using System.Globalization;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>A PDF transformation matrix [a b c d e f], applied to row vectors as PDF does.</summary>
internal readonly record struct Affine(double A, double B, double C, double D, double E, double F)
{
    public static readonly Affine Identity = new(1, 0, 0, 1, 0, 0);

    public (double X, double Y) Apply(double x, double y) => (x * A + y * C + E, x * B + y * D + F);

    /// <summary>This linear part followed by <paramref name="then"/> (this × then).</summary>
    public Affine Then(Affine then) => new(
        A * then.A + B * then.C, A * then.B + B * then.D,
        C * then.A + D * then.C, C * then.B + D * then.D,
        E * then.A + F * then.C + then.E, E * then.B + F * then.D + then.F);

    /// <summary>Parses mutool's "a b c d e f" (or the four-number linear form "a b c d").</summary>
    public static Affine Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Identity;
        Span<double> values = stackalloc double[6];
        var count = Numbers.ParseList(text, values);
        return count switch
        {
            6 => new Affine(values[0], values[1], values[2], values[3], values[4], values[5]),
            4 => new Affine(values[0], values[1], values[2], values[3], 0, 0),
            _ => Identity,
        };
    }
}

/// <summary>Number parsing for mutool's %g output without allocating per number.</summary>
internal static class Numbers
{
    public static double Parse(string? text, double fallback = 0) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
            ? value
            : fallback;

    /// <summary>Parses space-separated numbers into <paramref name="into"/>; returns how many were read.</summary>
    public static int ParseList(ReadOnlySpan<char> text, Span<double> into)
    {
        var count = 0;
        foreach (var range in text.Split(' '))
        {
            var part = text[range];
            if (part.IsEmpty) continue;
            if (count == into.Length) return count + 1;
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                return -1;
            into[count++] = value;
        }
        return count;
    }
}
