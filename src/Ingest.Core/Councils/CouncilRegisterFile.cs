namespace Ingest.Core.Councils;

/// <summary>The shape of <c>council-register.yaml</c>: the release it follows, its totals by type, and the councils.</summary>
public sealed class CouncilRegisterFile
{
    public string Release { get; set; } = "";
    public Dictionary<string, int> Totals { get; set; } = [];
    public List<CouncilRegisterEntry> Councils { get; set; } = [];
}
