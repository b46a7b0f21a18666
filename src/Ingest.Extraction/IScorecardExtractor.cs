using Ingest.Core.Tables;

namespace Ingest.Extraction;

/// <summary>Stages 2-4: from a read document to observations.</summary>
public interface IScorecardExtractor
{
    ExtractionResult Extract(DocumentContent document);
}
