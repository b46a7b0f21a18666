using Xunit;
using Xunit.Sdk;

namespace Ingest.Testing;

/// <summary>A test that OCRs scanned pages: Tesseract reads the pages mutool draws, so both are needed; skipped with the packages to install where one is missing, failed in CI.</summary>
[XunitTestCaseDiscoverer("Ingest.Testing.RequiresToolsTheoryDiscoverer", "Ingest.Testing")]
public sealed class RequiresTesseractTheoryAttribute : TheoryAttribute, IRequiresTools
{
    public ToolRequirement Requirement { get; } = new([SystemTool.Tesseract, SystemTool.Mutool]);
}
