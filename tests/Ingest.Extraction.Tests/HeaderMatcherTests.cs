using Ingest.Extraction.Headers;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction.Tests;

/// <summary>Headers as scans and narrow cells leave them, matched to the vocabulary of headers.yaml.</summary>
public sealed class HeaderMatcherTests
{
    private static readonly HeaderMatcher Matcher = new(RealRules.Load<HeaderRules>(HeaderRules.FileName));

    [Theory]
    [InlineData("Outtu", "the scan lost the \"rn\" wrapped under it")]
    [InlineData("Outtu\nrm", "the scan read the wrapped \"rn\" as \"rm\"")]
    [InlineData("Outturn", "as printed")]
    [InlineData("Actua 1Q4 2018/19", "the scan read the \"l\" of \"Actual Q4\" as a \"1\" of the quarter's")]
    public void A_value_header_the_scan_cut_or_misread_is_the_actual(string header, string why) =>
        Matcher.Match(header).Should().Be(ColumnField.Actual, why);

    [Theory]
    [InlineData("Perfo", "a word of eleven letters is not known by its first five")]
    [InlineData("Stat", "four letters are too few to say")]
    [InlineData("Directi", "the start of a phrase of several words (\"direction of travel\") says nothing")]
    public void A_header_cut_too_short_is_no_field(string header, string why) =>
        Matcher.Match(header).Should().Be(ColumnField.Ignored, why);
}
