using Ingest.Core.Observations;
using Ingest.Core.Rules;

namespace Ingest.Dataset.Checks;

/// <summary>
/// The checks that need the document itself (its stated RAG summaries, its council's RAG key), run as it is
/// loaded; their findings go into <c>DocumentLoad.Findings</c> and are stored with the document.
/// </summary>
public sealed class DocumentChecks(CheckSet checks)
{
    public static DocumentChecks FromRules(RulesDirectory rules) => new(CheckSet.FromRules(rules));

    public IReadOnlyList<Finding> Run(string council, IReadOnlyList<Observation> observations, IReadOnlyList<string> paragraphs) =>
        checks.Run(CheckScope.Document, new CheckInput(council, observations, paragraphs));
}

/// <summary>The checks over every loaded observation (series across documents), run by <c>ingest check</c>.</summary>
public sealed class DatasetChecks(CheckSet checks)
{
    public static DatasetChecks FromRules(RulesDirectory rules) => new(CheckSet.FromRules(rules));

    /// <param name="only">A check's name to run just that one; a document check's name runs nothing here.</param>
    public IReadOnlyList<Finding> Run(IReadOnlyList<Observation> observations, string? only = null) =>
        checks.Run(CheckScope.Dataset, new CheckInput(null, observations, []), only);
}
