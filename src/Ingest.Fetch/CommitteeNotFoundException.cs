namespace Ingest.Fetch;

/// <summary>No committee of the site has the title asked for; the message names the ones it has.</summary>
public sealed class CommitteeNotFoundException : Exception
{
    public CommitteeNotFoundException() { }

    public CommitteeNotFoundException(string message) : base(message) { }

    public CommitteeNotFoundException(string message, Exception innerException) : base(message, innerException) { }
}
