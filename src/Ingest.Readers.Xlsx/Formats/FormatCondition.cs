using System.Globalization;

namespace Ingest.Readers.Xlsx.Formats;

/// <summary>A section condition such as [&gt;=100] or [&lt;0].</summary>
internal sealed record FormatCondition(string Operator, double Value)
{
    public static FormatCondition? TryParse(string bracket)
    {
        var op = bracket.StartsWith(">=", StringComparison.Ordinal) || bracket.StartsWith("<=", StringComparison.Ordinal)
                 || bracket.StartsWith("<>", StringComparison.Ordinal)
            ? bracket[..2]
            : bracket[..1];
        return op is "<" or ">" or "=" or ">=" or "<=" or "<>"
               && double.TryParse(bracket[op.Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new FormatCondition(op, value)
            : null;
    }

    public bool Matches(double value) => Operator switch
    {
        "<" => value < Value,
        ">" => value > Value,
        "=" => value == Value,
        ">=" => value >= Value,
        "<=" => value <= Value,
        _ => value != Value,
    };
}
