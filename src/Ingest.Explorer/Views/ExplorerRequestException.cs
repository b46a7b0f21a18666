namespace Ingest.Explorer.Views;

/// <summary>A request the explorer cannot answer as asked (an unknown group, no indicator named): shown as a one-line message.</summary>
public sealed class ExplorerRequestException : Exception
{
    public ExplorerRequestException(string message) : base(message) { }

    public ExplorerRequestException() { }

    public ExplorerRequestException(string message, Exception inner) : base(message, inner) { }
}
