namespace Ingest.Readers.Tests;

/// <summary>The shared tool skips (Ingest.Testing): skip locally, saying what to install; fail in CI.</summary>
public sealed class ToolRequirementTests
{
    private static readonly SystemTool Absent = new("Nothing", "ingest-no-such-program", "ingest-no-such-package");

    private static readonly SystemTool Shell = new("sh", "sh", "dash");

    [Fact]
    public void A_missing_tool_skips_locally_naming_the_package_to_install()
    {
        var requirement = new ToolRequirement([Shell, Absent]);

        requirement.SkipReasonWhere(continuousIntegration: false).Should()
            .Be("Nothing (ingest-no-such-program) not installed: install the Debian package ingest-no-such-package (make setup-full)");
        requirement.CiFailureWhere(continuousIntegration: false).Should().BeNull();
    }

    [Fact]
    public void A_missing_tool_in_ci_is_a_failure_not_a_skip()
    {
        var requirement = new ToolRequirement([Absent]);

        requirement.SkipReasonWhere(continuousIntegration: true).Should().BeNull();
        requirement.CiFailureWhere(continuousIntegration: true).Should().StartWith("CI=true, so this test may not be skipped: Nothing (ingest-no-such-program) not installed");
    }

    [Fact]
    public void Installed_tools_neither_skip_nor_fail()
    {
        if (OperatingSystem.IsWindows()) return; // sh stands for any installed program on a Unix

        var requirement = new ToolRequirement([Shell]);

        requirement.Missing.Should().BeNull();
        requirement.SkipReasonWhere(false).Should().BeNull();
        requirement.CiFailureWhere(true).Should().BeNull();
    }

    [Fact]
    public void Ocr_tests_need_tesseract_and_the_mutool_that_draws_their_pages() =>
        new RequiresTesseractFactAttribute().Requirement.Tools.Should().Equal(SystemTool.Tesseract, SystemTool.Mutool);
}
