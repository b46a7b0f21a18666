using Ingest.Core.Tables;

namespace Ingest.Extraction;

/// <summary>Stages 2-4: from a read document to observations.</summary>
public interface IScorecardExtractor
{
    /// <exception cref="Core.Pipeline.DocumentException">The document has indicators but no recognisable council.</exception>
    ExtractionResult Extract(DocumentContent document, ExtractionOptions? options = null);
}

/// <param name="Council">The council's key when the user names it (<c>--council</c>): it overrides detection.</param>
public sealed record ExtractionOptions(string? Council = null);
