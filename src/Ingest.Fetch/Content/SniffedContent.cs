namespace Ingest.Fetch.Content;

/// <summary>What a body really is, told by its first bytes: the extension to save it under and its media type.</summary>
public sealed record SniffedContent(SniffedKind Kind, string Extension, string MediaType)
{
    public bool IsDocument => Kind == SniffedKind.Document;
}
