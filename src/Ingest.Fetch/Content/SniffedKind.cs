namespace Ingest.Fetch.Content;

/// <summary>A body is a document, an HTML page, XML, or something else.</summary>
public enum SniffedKind
{
    Document,
    Html,
    Xml,
    Unknown,
}
