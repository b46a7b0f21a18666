using Xunit;
using Xunit.Sdk;

namespace Ingest.Testing;

/// <summary>A test that converts with the real LibreOffice: skipped with the package to install where it is missing, failed in CI.</summary>
[XunitTestCaseDiscoverer("Ingest.Testing.RequiresToolsTheoryDiscoverer", "Ingest.Testing")]
public sealed class RequiresLibreOfficeTheoryAttribute : TheoryAttribute, IRequiresTools
{
    public ToolRequirement Requirement { get; } = new([SystemTool.LibreOffice]);
}
