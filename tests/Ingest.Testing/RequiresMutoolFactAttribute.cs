using Xunit;
using Xunit.Sdk;

namespace Ingest.Testing;

/// <summary>A test that runs MuPDF's mutool: skipped with the package to install where it is missing, failed in CI.</summary>
[XunitTestCaseDiscoverer("Ingest.Testing.RequiresToolsFactDiscoverer", "Ingest.Testing")]
public sealed class RequiresMutoolFactAttribute : FactAttribute, IRequiresTools
{
    public ToolRequirement Requirement { get; } = new([SystemTool.Mutool]);
}
