using Xunit.Sdk;

namespace Ingest.Store.Tests.Conformance;

/// <summary>
/// A test of the conformance suite. It is written once in an abstract class and runs in each engine's subclass;
/// whether it is skipped depends on that subclass's engine (<see cref="EngineAttribute"/>), which a plain
/// [Fact] on the shared method cannot know.
/// </summary>
[XunitTestCaseDiscoverer("Ingest.Store.Tests.Conformance.StoreFactDiscoverer", "Ingest.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
