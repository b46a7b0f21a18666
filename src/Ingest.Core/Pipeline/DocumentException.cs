namespace Ingest.Core.Pipeline;

/// <summary>
/// A document cannot be processed. The message is one line meant for the user's per-document report
/// (e.g. "not a valid Word file: the zip container is damaged"); the run goes on with other documents.
/// </summary>
public class DocumentException : Exception
{
    public DocumentException(string message) : base(message) { }
    public DocumentException(string message, Exception inner) : base(message, inner) { }
}
