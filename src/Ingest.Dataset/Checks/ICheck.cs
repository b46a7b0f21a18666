using Ingest.Core.Observations;

namespace Ingest.Dataset.Checks;

/// <summary>
/// One check of the data. A document check sees one document's observations and paragraphs (it needs the
/// document itself: its stated RAG summaries, its RAG key); a dataset check sees every loaded observation
/// (it needs series across documents). Checks never change observations; they only report findings.
/// </summary>
public interface ICheck
{
    /// <summary>Stable name, as stored in <c>finding.check_name</c> and given to <c>ingest check --check</c>.</summary>
    string Name { get; }

    CheckScope Scope { get; }

    IEnumerable<Finding> Run(CheckInput input);
}

public enum CheckScope { Document, Dataset }

/// <param name="Council">The document's council for a document check; null for a dataset check (observations say theirs).</param>
/// <param name="Paragraphs">The document's text outside tables; empty for a dataset check.</param>
public sealed record CheckInput(string? Council, IReadOnlyList<Observation> Observations, IReadOnlyList<string> Paragraphs);
