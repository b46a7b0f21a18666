namespace Ingest.Readers.Xlsx.Formats;

/// <param name="Colour">RRGGBB when the format's section names a colour ([Red]), else null.</param>
internal readonly record struct FormattedText(string Text, string? Colour);
