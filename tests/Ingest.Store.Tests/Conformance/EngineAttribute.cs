namespace Ingest.Store.Tests.Conformance;

/// <summary>On a conformance suite's engine class: the suite's tests are skipped with the engine's reason where it cannot run.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EngineAttribute(Type availability) : Attribute
{
    public Type Availability { get; } = availability;
}
