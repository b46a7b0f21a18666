using System.Globalization;
using System.Text;

namespace Ingest.Readers.Xlsx.Formats;

/// <summary>
/// Renders a date serial through a date/time section, in English as a UK reader sees it. The time is
/// rounded to the finest unit shown (the second, or the fraction of a second in ss.00), then each part
/// is cut from it: 10:29:59.6 in h:mm shows 10:30 because the second rounds up, 10:29:59 shows 10:29.
/// </summary>
internal static class DateRenderer
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>The text, or null when the serial is outside Excel's dates (Excel shows ####).</summary>
    public static string? Render(FormatSection section, double serial, bool date1904)
    {
        if (serial < 0 || serial >= ExcelDate.MaxSerial) return null;
        var tokens = section.Tokens;
        var fractionDigits = Math.Min(3, SecondFractionDigits(tokens));
        var unitsPerSecond = (long)Math.Pow(10, fractionDigits);
        var unitsPerDay = 86_400 * unitsPerSecond;
        var total = (long)Math.Round(serial * unitsPerDay, MidpointRounding.AwayFromZero);
        if (ExcelDate.Day(total / unitsPerDay, date1904) is not { } day) return null;

        var ofDay = total % unitsPerDay;
        var secondOfDay = ofDay / unitsPerSecond;
        var hour = (int)(secondOfDay / 3600);
        var minute = (int)(secondOfDay / 60 % 60);
        var second = (int)(secondOfDay % 60);
        var hasAmPm = tokens.Any(t => t.Kind == TokenKind.AmPm);

        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Year:
                    text.Append(token.Count <= 2 ? (day.Year % 100).ToString("00", CultureInfo.InvariantCulture) : day.Year.ToString("0000", CultureInfo.InvariantCulture));
                    break;
                case TokenKind.Month:
                    text.Append(token.Count switch
                    {
                        1 => day.Month.ToString(CultureInfo.InvariantCulture),
                        2 => day.Month.ToString("00", CultureInfo.InvariantCulture),
                        3 => Months[day.Month - 1][..3],
                        5 => Months[day.Month - 1][..1],
                        _ => Months[day.Month - 1],
                    });
                    break;
                case TokenKind.Day:
                    text.Append(token.Count switch
                    {
                        1 => day.Day.ToString(CultureInfo.InvariantCulture),
                        2 => day.Day.ToString("00", CultureInfo.InvariantCulture),
                        3 => Days[(int)day.DayOfWeek][..3],
                        _ => Days[(int)day.DayOfWeek],
                    });
                    break;
                case TokenKind.Hour:
                    var shownHour = hasAmPm ? (hour % 12 == 0 ? 12 : hour % 12) : hour;
                    text.Append(Padded(shownHour, token.Count));
                    break;
                case TokenKind.Minute:
                    text.Append(Padded(minute, token.Count));
                    break;
                case TokenKind.Second:
                    text.Append(Padded(second, token.Count));
                    break;
                case TokenKind.AmPm:
                    var marker = token.Text.Length == 3
                        ? (hour < 12 ? token.Text[0] : token.Text[2]).ToString()
                        : hour < 12 ? token.Text[..2] : token.Text[3..];
                    text.Append(marker);
                    break;
                case TokenKind.ElapsedHours:
                    text.Append(Padded(total / unitsPerSecond / 3600, token.Count));
                    break;
                case TokenKind.ElapsedMinutes:
                    text.Append(Padded(total / unitsPerSecond / 60, token.Count));
                    break;
                case TokenKind.ElapsedSeconds:
                    text.Append(Padded(total / unitsPerSecond, token.Count));
                    break;
                case TokenKind.DecimalPoint when fractionDigits > 0 && NextIsZeroDigit(tokens, i):
                    var fraction = (ofDay % unitsPerSecond).ToString(CultureInfo.InvariantCulture).PadLeft(fractionDigits, '0');
                    text.Append('.');
                    var written = 0;
                    while (i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Digit, Text: "0" })
                    {
                        i++;
                        text.Append(written < fraction.Length ? fraction[written] : '0');
                        written++;
                    }
                    break;
                case TokenKind.General or TokenKind.TextValue:
                    break;
                default:
                    text.Append(token.Text);
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>Zero placeholders after a decimal point: the fraction of a second shown (ss.00).</summary>
    private static int SecondFractionDigits(IReadOnlyList<FormatToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.DecimalPoint) continue;
            var count = 0;
            while (i + 1 + count < tokens.Count && tokens[i + 1 + count] is { Kind: TokenKind.Digit, Text: "0" }) count++;
            if (count > 0) return count;
        }
        return 0;
    }

    private static bool NextIsZeroDigit(IReadOnlyList<FormatToken> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Digit, Text: "0" };

    private static string Padded(long value, int count) =>
        value.ToString(count >= 2 ? "00" : "0", CultureInfo.InvariantCulture);
}
