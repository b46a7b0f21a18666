namespace Ingest.Readers.Xlsx.Strings;

/// <param name="Font">The run's own font (its rPr), or null to take the cell's.</param>
internal readonly record struct RichRun(string Text, Styles.FontFace? Font);
