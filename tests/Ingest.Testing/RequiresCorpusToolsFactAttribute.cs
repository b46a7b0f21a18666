using Xunit;
using Xunit.Sdk;

namespace Ingest.Testing;

/// <summary>
/// A test over the whole corpus, scans and legacy Word included: needs mutool and Tesseract (scans) and
/// LibreOffice (.doc, .rtf, .odt); skipped with the packages to install where one is missing, failed in CI.
/// </summary>
[XunitTestCaseDiscoverer("Ingest.Testing.RequiresToolsFactDiscoverer", "Ingest.Testing")]
public sealed class RequiresCorpusToolsFactAttribute : FactAttribute, IRequiresTools
{
    public ToolRequirement Requirement { get; } = new([SystemTool.Mutool, SystemTool.Tesseract, SystemTool.LibreOffice]);
}
