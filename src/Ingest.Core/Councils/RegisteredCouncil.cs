namespace Ingest.Core.Councils;

/// <summary>
/// One principal council as the register knows it: its key (what observations store), ONS/GSS code,
/// ONS name, type, region, its county council for a two-tier district, and the phrases that name it in
/// a report's text.
/// </summary>
public sealed record RegisteredCouncil(
    string Key, string GssCode, string Name, string Type, string Region, string County, IReadOnlyList<string> Names);
