using System.Globalization;

namespace Ingest.Readers.Xlsx.Tests;

/// <summary>
/// Every case of <see cref="NumberFormatTests"/> shown through ExcelNumberFormat, the reference library:
/// it must agree with what Excel displays except where src/Ingest.Readers.Xlsx/Formats/README.md says our
/// renderer differs on purpose. A new case the library gets wrong has to be listed here with its reason,
/// and a listed case it gets right fails, so the list stays what is true.
/// </summary>
public sealed class NumberFormatReferenceTests
{
    private const string Accounting = "_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-";

    /// <summary>Where the library shows something other than Excel, keyed by format code and value.</summary>
    private static readonly Dictionary<(string Code, double Value), string> KnownDifferences = new()
    {
        [("General", 0.000012)] = "General: Excel writes a small number out in a cell of normal width, the library's .NET \"G\" goes to 1.2E-05",
        [("0.00", -0.001)] = "sign: a negative that rounds to zero shows no minus in Excel, the library prints -0.00",
        [(Accounting, 1234)] = "fill: '* ' repeats to the cell's width, which a reader does not have; the library prints one space, we print none",
        [(Accounting, 0)] = "fill: as above",
        [("h:mm am/pm", 0.25)] = "time: Excel keeps the case the format writes am/pm in, the library always prints AM/PM",
    };

    public static TheoryData<NumberFormatCase> Cases() => new(NumberFormatCases.All());

    [Fact]
    public void The_cases_are_found_in_the_number_format_tests()
    {
        NumberFormatCases.All().Should().HaveCountGreaterThan(70, "every value, code and text case of NumberFormatTests is compared");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reference_library_shows_what_excel_shows_unless_a_difference_is_listed(NumberFormatCase example)
    {
        var shown = Reference(example);

        if (KnownDifferences.TryGetValue((example.Code, example.Value), out var reason))
            shown.Should().NotBe(example.Expected, $"the listed difference ({reason}) no longer holds: remove it from the list and the README");
        else
            shown.Should().Be(example.Expected);
    }

    [Fact]
    public void Every_listed_difference_is_a_case_of_the_number_format_tests()
    {
        var cases = NumberFormatCases.All().Select(c => (c.Code, c.Value)).ToHashSet();
        KnownDifferences.Keys.Should().OnlyContain(key => cases.Contains(key));
    }

    private static string Reference(NumberFormatCase example)
    {
        var format = new ExcelNumberFormat.NumberFormat(example.Code);
        format.IsValid.Should().BeTrue($"the library reads the format code {example.Code}");
        return format.Format(example.Value, CultureInfo.InvariantCulture, example.Date1904);
    }
}
