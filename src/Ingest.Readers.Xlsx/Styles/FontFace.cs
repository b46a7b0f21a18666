namespace Ingest.Readers.Xlsx.Styles;

/// <summary>The font properties a text run keeps: bold and colour (RRGGBB, null for the default).</summary>
internal readonly record struct FontFace(bool Bold, string? Colour, bool Superscript = false);
