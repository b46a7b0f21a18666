using System.Text;
using Ingest.Core.Tables;

namespace Ingest.Core.Observations;

/// <summary>The stable slug of an indicator name (docs/dataset.md, "indicator_key").</summary>
public static class IndicatorKey
{
    public static string Of(string indicator)
    {
        var text = TextNormaliser.Collapse(indicator).ToLowerInvariant()
            .Replace("%", " pct ", StringComparison.Ordinal)
            .Replace("&", " and ", StringComparison.Ordinal);
        var sb = new StringBuilder(text.Length);
        var dash = false;
        foreach (var ch in text)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && sb.Length > 0) sb.Append('-');
                dash = false;
                sb.Append(ch);
            }
            else dash = true;
        }
        return sb.ToString();
    }
}
