namespace Ingest.Testing;

/// <summary>A test attribute whose test runs system tools; its discoverer turns a missing tool in CI into a failure.</summary>
public interface IRequiresTools
{
    ToolRequirement Requirement { get; }
}
