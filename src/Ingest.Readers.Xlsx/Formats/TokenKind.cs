namespace Ingest.Readers.Xlsx.Formats;

internal enum TokenKind
{
    /// <summary>Text printed as is: quoted strings, escaped characters, _x spacing, currency symbols.</summary>
    Literal,
    /// <summary>A digit placeholder; Text is "0", "#" or "?".</summary>
    Digit,
    DecimalPoint,
    /// <summary>A comma: digit grouping between digit placeholders, scaling by 1,000 after them.</summary>
    Comma,
    Percent,
    /// <summary>E+ or E-; Text is the sign character.</summary>
    Exponent,
    /// <summary>@: the cell's text.</summary>
    TextValue,
    General,
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    /// <summary>AM/PM or A/P; Text is the marker as written, which sets its case.</summary>
    AmPm,
    ElapsedHours,
    ElapsedMinutes,
    ElapsedSeconds,
}
