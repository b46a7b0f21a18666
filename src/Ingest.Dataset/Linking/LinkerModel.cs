using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Ingest.Dataset.Linking;

/// <summary>
/// The pairwise model, an ML.NET logistic regression over <see cref="PairFeatures"/>: probability that two
/// printed indicators are the same measure. Trained with a fixed seed on one thread so the same pairs give
/// the same file; scoring is serialised because ML.NET's prediction engine is not thread-safe.
/// </summary>
public sealed class LinkerModel
{
    public const string DefaultPath = "models/indicator-linker.zip";
    private const int Seed = 20240601;

    private readonly PredictionEngine<PairFeatures, LinkPrediction> _engine;
    private readonly Lock _gate = new();

    private LinkerModel(PredictionEngine<PairFeatures, LinkPrediction> engine) => _engine = engine;

    public float Probability(PairFeatures features)
    {
        lock (_gate) return _engine.Predict(features).Probability;
    }

    /// <summary>Trains on the pairs and writes the model to <paramref name="path"/>.</summary>
    public static LinkerModel Train(IReadOnlyList<PairFeatures> pairs, string path)
    {
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(pairs);
        var pipeline = ml.Transforms.Concatenate("Features",
                nameof(PairFeatures.CharCosine), nameof(PairFeatures.WordCosine), nameof(PairFeatures.SharedNumbers),
                nameof(PairFeatures.NumberConflict), nameof(PairFeatures.UnitAgree), nameof(PairFeatures.UnitConflict),
                nameof(PairFeatures.PolarityConflict), nameof(PairFeatures.TargetEqual), nameof(PairFeatures.Continuity),
                nameof(PairFeatures.SharedPeriods), nameof(PairFeatures.SameSection), nameof(PairFeatures.PositionCloseness))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = 0.01f,
                MaximumNumberOfIterations = 500,
            }));
        var model = pipeline.Fit(data);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = File.Create(path)) WriteStable(ml, model, data.Schema, file);
        return new LinkerModel(ml.Model.CreatePredictionEngine<PairFeatures, LinkPrediction>(model));
    }

    // ML.NET stamps each zip entry with the time of saving; a fixed stamp makes the same training give the same bytes.
    private static void WriteStable(MLContext ml, ITransformer model, DataViewSchema schema, Stream output)
    {
        using var saved = new MemoryStream();
        ml.Model.Save(model, schema, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <exception cref="InvalidDataException">The file is not a model this version can read.</exception>
    public static LinkerModel Load(string path)
    {
        var ml = new MLContext(seed: Seed);
        try
        {
            using var file = File.OpenRead(path);
            var model = ml.Model.Load(file, out _);
            return new LinkerModel(ml.Model.CreatePredictionEngine<PairFeatures, LinkPrediction>(model));
        }
        catch (Exception e) when (e is not (FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException))
        {
            var reason = string.Join(' ', e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            throw new InvalidDataException($"{path}: not an indicator linker model ({reason}); rebuild it with 'make train-linker'", e);
        }
    }
}
