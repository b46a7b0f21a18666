using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ingest.Testing;

/// <summary>A test skipped because a tool it needs is missing, with the reason found at discovery.</summary>
public sealed class ToolSkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ToolSkippedTestCase()
    {
    }

    public ToolSkippedTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod method, string reason)
        : base(diagnostics, display, displayOptions, method) =>
        _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue(nameof(_reason), _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>(nameof(_reason));
        base.Deserialize(data);
    }
}
