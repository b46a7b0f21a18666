namespace Ingest.Store;

/// <summary>A user's query could not run: its message is one line meant for the user.</summary>
public sealed class QueryException : Exception
{
    public QueryException(string message) : base(message) { }
    public QueryException(string message, Exception inner) : base(message, inner) { }
}
