using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusBuilder.Backfill;

/// <summary>A finished corpus document the backfill copies with another council and year.</summary>
/// <param name="CouncilName">The council as the document names it ("Harrow").</param>
/// <param name="FirstYear">The first calendar year of its financial year (2023 for Q1 2023/24).</param>
/// <param name="Quarter">1-4, or null for a whole-year document.</param>
public sealed partial record BackfillTemplate(string Layout, string Format, string CouncilName, int FirstYear, int? Quarter, byte[] Bytes)
{
    /// <summary>Reads "Q1 2023/24" or "2023/24".</summary>
    public static (int FirstYear, int? Quarter) ParsePeriod(string period)
    {
        var m = PeriodPattern().Match(period);
        if (!m.Success) throw new InvalidOperationException($"period '{period}' is not 'Qn yyyy/yy' or 'yyyy/yy'");
        return (int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture),
            m.Groups["q"].Success ? int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture) : null);
    }

    [GeneratedRegex(@"(?:Q(?<q>[1-4])\s+)?(?<year>20\d\d)/\d\d")]
    private static partial Regex PeriodPattern();
}
