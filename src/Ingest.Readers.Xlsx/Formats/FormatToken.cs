namespace Ingest.Readers.Xlsx.Formats;

/// <param name="Count">For date and time parts, how many letters were written (mmm = 3).</param>
internal readonly record struct FormatToken(TokenKind Kind, string Text = "", int Count = 0)
{
    public bool IsDatePart => Kind is TokenKind.Year or TokenKind.Month or TokenKind.Day or TokenKind.Hour
        or TokenKind.Minute or TokenKind.Second or TokenKind.AmPm
        or TokenKind.ElapsedHours or TokenKind.ElapsedMinutes or TokenKind.ElapsedSeconds;
}
