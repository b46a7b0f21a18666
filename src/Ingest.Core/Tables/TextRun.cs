namespace Ingest.Core.Tables;

/// <summary>A stretch of text with one formatting, as the source drew it.</summary>
/// <param name="Colour">Font colour as upper-case <c>RRGGBB</c>, or null for the default (automatic/black).</param>
/// <param name="Superscript">Raised text: a footnote marker on an indicator name is one, and is not part of it.</param>
public sealed record TextRun(string Text, bool Bold = false, string? Colour = null, bool Superscript = false);
