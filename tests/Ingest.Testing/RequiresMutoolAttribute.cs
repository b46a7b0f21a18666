namespace Ingest.Testing;

/// <summary>
/// On a test class: every <see cref="ContractFactAttribute"/> test it runs needs mutool (a shared contract run
/// against the mutool engine, where the same tests need nothing for the in-process engine).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresMutoolAttribute : Attribute, IRequiresTools
{
    public ToolRequirement Requirement { get; } = new([SystemTool.Mutool]);
}
