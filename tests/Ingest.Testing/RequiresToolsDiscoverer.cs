using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ingest.Testing;

/// <summary>
/// xunit's own discovery for facts and theories, except that a test whose tools are missing in CI is
/// reported as one failed test with the reason (xunit can skip from an attribute, but not fail).
/// </summary>
public abstract class RequiresToolsDiscoverer(IMessageSink diagnostics, IXunitTestCaseDiscoverer inner) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute)
    {
        if (attribute is IReflectionAttributeInfo { Attribute: IRequiresTools tools } && tools.Requirement.CiFailure is { } failure)
            return [new ExecutionErrorTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, failure)];
        return inner.Discover(options, method, attribute);
    }
}

public sealed class RequiresToolsFactDiscoverer(IMessageSink diagnostics) : RequiresToolsDiscoverer(diagnostics, new FactDiscoverer(diagnostics));

public sealed class RequiresToolsTheoryDiscoverer(IMessageSink diagnostics) : RequiresToolsDiscoverer(diagnostics, new TheoryDiscoverer(diagnostics));
