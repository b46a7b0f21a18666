using Ingest.Core.Tables;

namespace Ingest.Core.Pipeline;

/// <summary>Stage 1: one reader per format, each producing the shared table model.</summary>
public interface IDocumentReader
{
    /// <summary>Lower-case file extensions with the dot, e.g. ".docx".</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <exception cref="DocumentException">The document cannot be read (corrupt, encrypted, wrong type).</exception>
    DocumentContent Read(DocumentSource source, Stream content, CancellationToken cancellationToken = default);
}
