using CorpusBuilder.Word;
using Ingest.Core.Observations;

namespace CorpusBuilder.Corpus;

/// <summary>One document of the corpus with its gold observations and its manifest line.</summary>
/// <param name="RelativePath">Path under the corpus folder, '/'-separated.</param>
/// <param name="Layout">Short name of what makes the layout distinctive, for the manifest.</param>
/// <param name="TableCount">Tables the document must hold, checked after writing.</param>
internal sealed record CorpusEntry(
    string RelativePath,
    string Council,
    string Period,
    string Layout,
    DocxContent Content,
    IReadOnlyList<Observation> Observations,
    int TableCount)
{
    public const string Origin = "seed-rebuild";
    public const string Format = "docx";

    public string FileName => Path.GetFileName(RelativePath);

    public string ExpectedPath => RelativePath[..^Path.GetExtension(RelativePath).Length] + ".expected.csv";
}
