using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ingest.Testing;

/// <summary>
/// xunit's own discovery for facts and theories, but a test needs the tools its attribute names and those its
/// test class names (<see cref="RequiresMutoolAttribute"/> on a class that runs a shared contract): where one
/// is missing the test is skipped with the package to install, or, in CI, reported as one failed test
/// (xunit can skip from an attribute, but not fail).
/// </summary>
public abstract class RequiresToolsDiscoverer(IMessageSink diagnostics, IXunitTestCaseDiscoverer inner) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute)
    {
        var requirement = new ToolRequirement([.. Declared(attribute), .. Declared(method.TestClass.Class)]);
        if (requirement.CiFailure is { } failure)
            return [new ExecutionErrorTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, failure)];
        if (requirement.SkipReason is { } reason)
            return [new ToolSkippedTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, reason)];
        return inner.Discover(options, method, attribute);
    }

    private static IEnumerable<SystemTool> Declared(IAttributeInfo attribute) =>
        attribute is IReflectionAttributeInfo { Attribute: IRequiresTools tools } ? tools.Requirement.Tools : [];

    private static IEnumerable<SystemTool> Declared(ITypeInfo testClass) =>
        testClass is IReflectionTypeInfo reflected
            ? reflected.Type.GetCustomAttributes(inherit: true).OfType<IRequiresTools>().SelectMany(t => t.Requirement.Tools)
            : [];
}

public sealed class RequiresToolsFactDiscoverer(IMessageSink diagnostics) : RequiresToolsDiscoverer(diagnostics, new FactDiscoverer(diagnostics));

public sealed class RequiresToolsTheoryDiscoverer(IMessageSink diagnostics) : RequiresToolsDiscoverer(diagnostics, new TheoryDiscoverer(diagnostics));
