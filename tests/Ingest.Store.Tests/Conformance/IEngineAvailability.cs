namespace Ingest.Store.Tests.Conformance;

/// <summary>Whether an engine can run here; a class with a parameterless constructor, named by <see cref="EngineAttribute"/>.</summary>
public interface IEngineAvailability
{
    /// <summary>Why the engine cannot run here, or null when it can.</summary>
    string? UnavailableReason { get; }
}
