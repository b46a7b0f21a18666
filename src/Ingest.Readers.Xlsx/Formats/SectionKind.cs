namespace Ingest.Readers.Xlsx.Formats;

internal enum SectionKind
{
    /// <summary>Digit placeholders (or only literals, like the "-" zero section of accounting formats).</summary>
    Number,
    General,
    Date,
    Text,
}
