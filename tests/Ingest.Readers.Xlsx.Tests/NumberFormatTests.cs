using Ingest.Readers.Xlsx.Formats;

namespace Ingest.Readers.Xlsx.Tests;

/// <summary>The format engine on its own: the text Excel displays for a value and a format code.</summary>
public sealed class NumberFormatTests
{
    private static string Show(double value, string code, bool date1904 = false) =>
        NumberFormat.Parse(code).Format(value, date1904).Text;

    [Theory]
    [InlineData(0.93, "0%", "93%")]
    [InlineData(0.9312, "0.0%", "93.1%")]
    [InlineData(0.12, "0.0%", "12.0%")]
    [InlineData(0.996, "0.00%", "99.60%")]
    [InlineData(5132, "#,##0", "5,132")]
    [InlineData(1234.5, "£#,##0.00", "£1,234.50")]
    [InlineData(22.84, "0.00", "22.84")]
    [InlineData(1073, "0", "1073")]
    [InlineData(1500000, "#,##0", "1,500,000")]
    [InlineData(999.5, "#,##0", "1,000")]
    [InlineData(5, "000", "005")]
    [InlineData(5, "0,000", "0,005")]
    [InlineData(0, "#,##0", "0")]
    public void Numbers_show_as_excel_displays_them(double value, string code, string expected)
    {
        Show(value, code).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(1073, "1073")]
    [InlineData(-2.3, "-2.3")]
    [InlineData(1.0 / 3, "0.333333333333333")]
    [InlineData(123456789012.0, "123456789012")]
    [InlineData(0.000012, "0.000012")]
    [InlineData(1e20, "1E+20")]
    [InlineData(0, "0")]
    public void General_shows_up_to_fifteen_significant_digits(double value, string expected)
    {
        Show(value, "General").Should().Be(expected);
    }

    [Fact]
    public void General_hides_binary_floating_point_noise()
    {
        var noisy = 0.1 + 0.2;
        noisy.Should().NotBe(0.3, "the test needs a value that is not exactly 0.3");

        Show(noisy, "General").Should().Be("0.3");
        Show(0.93 * 100, "General").Should().Be("93");
    }

    [Theory]
    [InlineData(2.675, "0.00", "2.68")]
    [InlineData(0.125, "0.00", "0.13")]
    [InlineData(-0.125, "0.00", "-0.13")]
    [InlineData(0.9995, "0.0%", "100.0%")]
    [InlineData(1.005, "0.00", "1.01")]
    [InlineData(8.345, "0.00", "8.35")]
    [InlineData(0.00145, "0.00%", "0.15%")]
    [InlineData(-2.5, "0", "-3")]
    public void Rounding_is_half_away_from_zero_on_the_decimal_value(double value, string code, string expected)
    {
        Show(value, code).Should().Be(expected);
    }

    [Theory]
    [InlineData(1.5, "#.##", "1.5")]
    [InlineData(0.5, "#.##", ".5")]
    [InlineData(12, "#.##", "12.")]
    [InlineData(1.5, "0.0?", "1.5 ")]
    [InlineData(5.5, ".00", "5.50")]
    public void Optional_placeholders_drop_what_is_not_needed(double value, string code, string expected)
    {
        Show(value, code).Should().Be(expected);
    }

    [Theory]
    [InlineData(-1234.5, "#,##0.00", "-1,234.50")]
    [InlineData(-5, "0;(0)", "(5)")]
    [InlineData(5, "0;(0)", "5")]
    [InlineData(0, "0;-0;\"-\"", "-")]
    [InlineData(-7.5, "+0.0%;-0.0%;0.0%", "-750.0%")]
    [InlineData(0.075, "+0.0%;-0.0%;0.0%", "+7.5%")]
    [InlineData(-5, "0;;", "")]
    [InlineData(-0.001, "0.00", "0.00")]
    public void Sections_choose_by_sign_and_a_negative_section_carries_its_own_sign(double value, string code, string expected)
    {
        Show(value, code).Should().Be(expected);
    }

    [Theory]
    [InlineData(22.84, "0.00 \"days\"", "22.84 days")]
    [InlineData(118.4, "0.0\"kg per head\"", "118.4kg per head")]
    [InlineData(1500, "[$£-809]#,##0", "£1,500")]
    [InlineData(1500, "#,##0_);(#,##0)", "1,500 ")]
    [InlineData(7000000, "£#,##0.0,,\"m\"", "£7.0m")]
    [InlineData(16400, "0.0,\"k\"", "16.4k")]
    [InlineData(90, "\\>0%", ">9000%")]
    [InlineData(90, "\">\"0", ">90")]
    [InlineData(42, "General\" cases\"", "42 cases")]
    [InlineData(1234, "_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-", " 1,234 ")]
    [InlineData(0, "_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-", " - ")]
    public void Literals_quotes_escapes_and_currency_brackets_are_shown(double value, string code, string expected)
    {
        Show(value, code).Should().Be(expected);
    }

    [Theory]
    [InlineData(12345, "0.00E+00", "1.23E+04")]
    [InlineData(0.000123, "0.00E+00", "1.23E-04")]
    [InlineData(12345, "##0.0E+0", "12.3E+3")]
    [InlineData(99999, "0.0E+00", "1.0E+05")]
    public void Scientific_formats_normalise_the_mantissa(double value, string code, string expected)
    {
        Show(value, code).Should().Be(expected);
    }

    [Theory]
    [InlineData(150, "High")]
    [InlineData(20, "Low")]
    [InlineData(70, "Mid")]
    public void Conditional_sections_pick_the_first_condition_that_holds(double value, string expected)
    {
        Show(value, "[>=100]\"High\";[<50]\"Low\";\"Mid\"").Should().Be(expected);
    }

    [Fact]
    public void A_colour_bracket_colours_the_text_but_is_not_printed()
    {
        var negative = NumberFormat.Parse("0;[Red]-0").Format(-5, false);
        var positive = NumberFormat.Parse("0;[Red]-0").Format(5, false);

        negative.Should().Be(new FormattedText("-5", "FF0000"));
        positive.Should().Be(new FormattedText("5", null));
    }

    [Theory]
    [InlineData(45016, "dd/mm/yyyy", "31/03/2023")]
    [InlineData(45016, "mmm-yy", "Mar-23")]
    [InlineData(45016, "d mmmm yyyy", "31 March 2023")]
    [InlineData(45016, "dddd d mmm", "Friday 31 Mar")]
    [InlineData(45016, "mmmmm", "M")]
    [InlineData(45016, "yyyy-mm-dd", "2023-03-31")]
    [InlineData(45016.5104166667, "dd/mm/yyyy hh:mm", "31/03/2023 12:15")]
    [InlineData(0.5, "h:mm AM/PM", "12:00 PM")]
    [InlineData(0.25, "h:mm am/pm", "6:00 am")]
    [InlineData(0.75, "hh:mm:ss", "18:00:00")]
    [InlineData(1.5, "[h]:mm", "36:00")]
    [InlineData(0.000694444444, "mm:ss", "01:00")]
    [InlineData(0.0000057870370, "ss.00", "00.50")]
    [InlineData(59, "dd/mm/yyyy", "28/02/1900")]
    [InlineData(61, "dd/mm/yyyy", "01/03/1900")]
    [InlineData(1, "dd/mm/yyyy", "01/01/1900")]
    public void Dates_and_times_show_as_formatted(double serial, string code, string expected)
    {
        Show(serial, code).Should().Be(expected);
    }

    [Fact]
    public void The_1904_date_system_counts_from_1904()
    {
        Show(0, "dd/mm/yyyy", date1904: true).Should().Be("01/01/1904");
        Show(43554, "dd/mm/yyyy", date1904: true).Should().Be("31/03/2023");
    }

    [Fact]
    public void A_date_outside_excels_range_shows_the_number()
    {
        Show(-1, "dd/mm/yyyy").Should().Be("-1");
    }

    [Theory]
    [InlineData(14, 45016, "31/03/2023")]
    [InlineData(17, 45016, "Mar-23")]
    [InlineData(9, 0.93, "93%")]
    [InlineData(10, 0.9312, "93.12%")]
    [InlineData(3, 5132, "5,132")]
    [InlineData(4, 1234.5, "1,234.50")]
    [InlineData(8, -1234.5, "-£1,234.50")]
    [InlineData(49, 12, "12")]
    public void Built_in_ids_have_their_uk_codes(int id, double value, string expected)
    {
        Show(value, BuiltInFormats.Code(id)!).Should().Be(expected);
    }

    [Fact]
    public void A_text_section_decorates_strings_and_other_formats_leave_them_alone()
    {
        NumberFormat.Parse("0;-0;0;\"Status: \"@").FormatText("N/A").Text.Should().Be("Status: N/A");
        NumberFormat.Parse("@").FormatText("GREEN").Text.Should().Be("GREEN");
        NumberFormat.Parse("0%").FormatText("No survey in quarter").Text.Should().Be("No survey in quarter");
    }

    [Fact]
    public void Months_and_minutes_are_told_apart_by_their_neighbours()
    {
        // 1 February 2023, 09:05:07
        var serial = 44958 + (9 * 3600 + 5 * 60 + 7) / 86400.0;

        Show(serial, "m/d h:m:s").Should().Be("2/1 9:5:7");
        Show(serial, "mm:ss").Should().Be("05:07");
    }
}
