using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusBuilder.Backfill;

/// <summary>
/// Moves a report's text to another council and another year: council names swapped, every year
/// (2023, 2023/24, 2023-24) shifted by the same number of years. Only text between tags changes, so
/// namespaces, attributes and numbers in cells stay as they were.
/// </summary>
public sealed partial class TextRewrite(string fromName, string toName, int yearShift)
{
    public string Markup(string markup) =>
        TextBetweenTags().Replace(markup, m => ">" + Text(m.Groups[1].Value) + "<");

    public string Text(string text)
    {
        if (fromName != toName)
            text = text.Replace(fromName, toName, StringComparison.Ordinal)
                .Replace(fromName.ToUpperInvariant(), toName.ToUpperInvariant(), StringComparison.Ordinal);
        return yearShift == 0 ? text : Year().Replace(text, ShiftYear);
    }

    private string ShiftYear(Match m)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) + yearShift;
        if (!m.Groups["next"].Success) return year.ToString(CultureInfo.InvariantCulture);
        var next = (int.Parse(m.Groups["next"].Value, CultureInfo.InvariantCulture) + yearShift) % 100;
        return string.Create(CultureInfo.InvariantCulture, $"{year}{m.Groups["sep"].Value}{next:00}");
    }

    [GeneratedRegex(">([^<]+)<")]
    private static partial Regex TextBetweenTags();

    // 2000-2039 only: indicator values such as 1850 or 4500 are not years.
    [GeneratedRegex(@"(?<![\d.,£$])(?<year>20[0-3]\d)(?:(?<sep>[/-])(?<next>\d\d))?(?![\d%])")]
    private static partial Regex Year();
}
