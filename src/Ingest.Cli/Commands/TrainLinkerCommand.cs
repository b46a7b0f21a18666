using System.CommandLine;
using System.Globalization;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Linking;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest indicators train-linker`: rebuilds the pairwise linker model from the catalogue (aliases, which
/// include every human decision) with a fixed seed, and writes it beside the rules.
/// </summary>
public static class TrainLinkerCommand
{
    public const int Seed = 17;

    public static Command Create()
    {
        var rules = CommonOptions.Rules();
        var output = new Option<string?>("--out") { Description = $"where to write the model (default: the rules' {LinkerModel.DefaultPath})" };
        var command = new Command("train-linker", "train the indicator linker on the catalogue's pairs (deterministic)") { rules, output };
        command.SetAction(parse =>
        {
            try
            {
                var directory = RulesDirectory.Locate(parse.GetValue(rules));
                var catalogue = IndicatorCatalogue.Load(directory);
                var pairs = LinkerTrainingSet.Build(catalogue, Seed);
                var path = parse.GetValue(output) ?? Path.Combine(directory.Path, LinkerModel.DefaultPath);
                LinkerModel.Train(pairs, path);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"trained on {pairs.Count} pairs ({pairs.Count(p => p.Label)} same, {pairs.Count(p => !p.Label)} different) from {catalogue.Entries.Count} indicators; wrote {path}"));
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or IOException)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }
}
