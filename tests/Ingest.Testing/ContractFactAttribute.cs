using Xunit;
using Xunit.Sdk;

namespace Ingest.Testing;

/// <summary>
/// A test of a contract that several implementations run: it needs the tools its concrete test class declares
/// (e.g. <see cref="RequiresMutoolAttribute"/>), and none of its own.
/// </summary>
[XunitTestCaseDiscoverer("Ingest.Testing.RequiresToolsFactDiscoverer", "Ingest.Testing")]
public sealed class ContractFactAttribute : FactAttribute;
