using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ingest.Store.Tests.Conformance;

/// <summary>Discovers a <see cref="StoreFactAttribute"/> test, skipped with the reason of the test class's engine where it cannot run.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var reason = testMethod.TestClass.Class.GetCustomAttributes(typeof(EngineAttribute)).FirstOrDefault() is { } engine
            && Activator.CreateInstance(engine.GetConstructorArguments().OfType<Type>().Single()) is IEngineAvailability availability
            ? availability.UnavailableReason
            : null;
        if (reason is not null)
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason)];
        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
