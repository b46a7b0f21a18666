namespace Ingest.Core.Councils;

/// <summary>One line of <c>council-register.yaml</c>.</summary>
public sealed class CouncilRegisterEntry
{
    public string Key { get; set; } = "";
    public string Gss { get; set; } = "";
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public string Region { get; set; } = "";
    public string County { get; set; } = "";
    public List<string> Names { get; set; } = [];
}
