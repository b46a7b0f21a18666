namespace Ingest.Readers.Html;

/// <summary>rowspan and colspan as HTML parses them, with the limits browsers apply.</summary>
internal static class SpanAttribute
{
    /// <summary>The HTML standard's cap on colspan; a page asking for more is damaged or machine-made.</summary>
    public const int MaxColumnSpan = 1000;

    /// <summary>The HTML standard's cap on rowspan (the row group's end truncates it anyway).</summary>
    public const int MaxRowSpan = 65534;

    /// <summary>colspan: at least 1; absent, zero or garbage is 1. <paramref name="clampedFrom"/> is set when over the cap.</summary>
    public static int ColumnSpan(string? value, out long? clampedFrom)
    {
        clampedFrom = null;
        var parsed = NonNegativeInteger(value);
        if (parsed is null or 0) return 1;
        if (parsed > MaxColumnSpan) clampedFrom = parsed;
        return (int)Math.Min(parsed.Value, MaxColumnSpan);
    }

    /// <summary>rowspan: absent or garbage is 1; 0 means "to the end of the row group".</summary>
    public static int RowSpan(string? value, out long? clampedFrom)
    {
        clampedFrom = null;
        var parsed = NonNegativeInteger(value);
        if (parsed is null) return 1;
        if (parsed > MaxRowSpan) clampedFrom = parsed;
        return (int)Math.Min(parsed.Value, MaxRowSpan);
    }

    /// <summary>
    /// HTML's rules for parsing non-negative integers: leading whitespace, an optional '+', then the
    /// leading digits ("2.5" is 2, "100%" is 100). Very long numbers saturate rather than overflow.
    /// </summary>
    public static long? NonNegativeInteger(string? value)
    {
        if (value is null) return null;
        var text = value.AsSpan().TrimStart();
        if (text.StartsWith("+")) text = text[1..];
        long result = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) break;
            result = Math.Min(result * 10 + (c - '0'), int.MaxValue);
            digits++;
        }
        return digits == 0 ? null : result;
    }
}
