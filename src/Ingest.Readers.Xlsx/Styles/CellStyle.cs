using Ingest.Readers.Xlsx.Formats;

namespace Ingest.Readers.Xlsx.Styles;

/// <summary>What one cellXfs entry means for the table model.</summary>
/// <param name="FontColour">RRGGBB, or null for the default text colour.</param>
/// <param name="Fill">Background RRGGBB, or null for no fill.</param>
internal sealed record CellStyle(NumberFormat Format, bool Bold, string? FontColour, string? Fill)
{
    public static CellStyle Plain { get; } = new(NumberFormat.General, false, null, null);
}
