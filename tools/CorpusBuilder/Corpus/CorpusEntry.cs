using CorpusBuilder.Contract;
using Ingest.Core.Observations;

namespace CorpusBuilder.Corpus;

/// <summary>One document of the corpus with its gold observations and its manifest line.</summary>
/// <param name="RelativePath">Path under the corpus folder, '/'-separated.</param>
/// <param name="Period">The document's reporting period label.</param>
/// <param name="Layout">Short name of what makes the layout distinctive, for the manifest.</param>
/// <param name="Origin"><see cref="SeedRebuild"/> or <see cref="Derived"/>.</param>
/// <param name="TableCount">Tables the document must hold, checked after writing.</param>
/// <param name="Actions">Expected flagship actions, or null when the document has no action table to score.</param>
internal sealed record CorpusEntry(
    string RelativePath,
    string Council,
    string Period,
    string Layout,
    string Origin,
    DocumentFile File,
    IReadOnlyList<Observation> Observations,
    int TableCount,
    IReadOnlyList<ExpectedAction>? Actions = null)
{
    public const string SeedRebuild = "seed-rebuild";
    public const string Derived = "derived";

    public string FileName => Path.GetFileName(RelativePath);

    public string Format => File.Format;

    private string BasePath => RelativePath[..^Path.GetExtension(RelativePath).Length];

    /// <summary>NAME.expected.csv; renderings of the same content in several formats share one.</summary>
    public string ExpectedPath => BasePath + ".expected.csv";

    public string ExpectedActionsPath => BasePath + ".expected-actions.csv";
}
