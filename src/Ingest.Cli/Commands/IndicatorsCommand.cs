using System.CommandLine;
using System.Globalization;
using Ingest.Cli.Output;
using Ingest.Core.Observations;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Linking;
using Ingest.Store;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest indicators`: the catalogue keys in the dataset (councils, periods, counts), what needs a human
/// (`--unmatched`: provisional keys; `--suspect`: doubtful matches), and `ingest indicators alias NAME KEY`
/// to record a decision in indicators.yaml.
/// </summary>
public static class IndicatorsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var rules = CommonOptions.Rules();
        var unmatched = new Option<bool>("--unmatched") { Description = "list printed names that got a provisional key (no catalogue match)" };
        var suspect = new Option<bool>("--suspect") { Description = "list matches a human should check: fuzzy near the threshold, ambiguous, near misses" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv);
        var command = new Command("indicators", "the indicators in the dataset by catalogue key, and the names that need a decision")
        {
            db, rules, unmatched, suspect, format, AliasCommand(), TrainLinkerCommand.Create(),
        };
        command.SetAction(parse =>
        {
            if (!CommonOptions.IsSqlite(parse.GetValue(db)!, "indicators")) return ExitCodes.Usage;
            return DatasetCommand.Run(() =>
            {
                var dbPath = parse.GetValue(db)!;
                var csv = parse.GetValue(format) == OutputFormat.Csv;
                if (parse.GetValue(unmatched) || parse.GetValue(suspect))
                {
                    var matcher = IndicatorMatcher.FromRules(RulesDirectory.Locate(parse.GetValue(rules)));
                    if (IndicatorMatcher.MissingLinkerWarning(RulesDirectory.Locate(parse.GetValue(rules))) is { } noModel) Console.Error.WriteLine(noModel);
                    return Review(dbPath, matcher, parse.GetValue(unmatched), parse.GetValue(suspect), csv);
                }
                var catalogue = IndicatorCatalogue.Load(RulesDirectory.Locate(parse.GetValue(rules)));
                var rows = CurrentSeries.Usage(dbPath).Select(u => (IReadOnlyList<string>)
                [
                    u.IndicatorId, catalogue.Find(u.IndicatorId)?.Title ?? "", string.Join(" ", u.Councils),
                    $"{u.FirstPeriod[..4]}-{u.LastPeriod[..4]}", Int(u.Observations), Int(u.Names), string.Join(" ", u.Methods),
                ]).ToList();
                Print(["key", "title", "councils", "years", "observations", "names", "match"], rows, csv);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>A catalogue key as given, or the key the catalogue maps a printed name to.</summary>
    public static string ResolveKey(string indicator, string? rulesPath)
    {
        if (indicator.StartsWith(IndicatorCatalogue.ProvisionalPrefix, StringComparison.Ordinal)) return indicator;
        return IndicatorKeyResolver.Resolve(IndicatorMatcher.FromRules(RulesDirectory.Locate(rulesPath)), indicator);
    }

    private static int Review(string dbPath, IndicatorMatcher matcher, bool unmatched, bool suspect, bool csv)
    {
        var rows = new List<IReadOnlyList<string>>();
        // Re-matching with today's catalogue: an alias added since the load already counts.
        foreach (var name in CurrentSeries.Names(dbPath))
        {
            var match = matcher.Match(name.Indicator);
            var wanted = unmatched && match.IsProvisional || suspect && match.IsSuspect;
            if (!wanted) continue;
            rows.Add([name.Council, name.Indicator, Int(name.Documents), match.Mapping.Key, match.Mapping.Method.ToString().ToLowerInvariant(),
                match.Mapping.Score.ToString("0", CultureInfo.InvariantCulture),
                match.RunnerUp is null ? "" : $"{match.RunnerUp} ({match.RunnerUpScore:0})", match.SuspectReason ?? ""]);
        }
        if (suspect && matcher.Linker is { } linker) rows.AddRange(ContinuityRows(dbPath, matcher, linker));
        Print(["council", "indicator", "documents", "key", "match", "score", "nearest other key", "why"], rows, csv);
        if (!csv && rows.Count > 0)
            Console.Error.WriteLine("record a decision with: ingest indicators alias \"PRINTED NAME\" KEY");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Provisional series that repeat another series' values of the same council for shared periods: most
    /// likely the same measure renamed between reports. Listed with the evidence, for `alias` to confirm.
    /// </summary>
    private static IEnumerable<IReadOnlyList<string>> ContinuityRows(string dbPath, IndicatorMatcher matcher, IndicatorLinker linker)
    {
        var names = CurrentSeries.Names(dbPath);
        foreach (var council in names.Select(n => n.Council).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!names.Any(n => n.Council == council && n.IndicatorId.StartsWith(IndicatorCatalogue.ProvisionalPrefix, StringComparison.Ordinal))) continue;
            var series = CouncilSeries.Loaded(new SqliteDatabase(dbPath), council);
            foreach (var link in ContinuityLinker.Find(council, series, linker, matcher.Settings))
                yield return [council, link.Name, "", link.ProvisionalKey, link.Sure ? "continuity (sure)" : "continuity",
                    (100.0 * link.Probability).ToString("0", CultureInfo.InvariantCulture), link.Key,
                    new LinkDecision(link.Key, series[link.Key].Name, link.Probability, link.Evidence, null, 0).Describe()];
        }
    }

    private static Command AliasCommand()
    {
        var name = new Argument<string>("name") { Description = "the indicator name as printed (as listed by --unmatched)" };
        var key = new Argument<string>("key") { Description = "the catalogue key it means" };
        var rules = CommonOptions.Rules();
        var command = new Command("alias", "record that a printed name is a catalogue indicator (appended to indicators.yaml)") { name, key, rules };
        command.SetAction(parse =>
        {
            var file = Path.Combine(EditableRules(parse.GetValue(rules)), IndicatorCatalogueFile.FileName);
            try
            {
                var before = File.ReadAllText(file);
                var after = AliasWriter.AddAlias(before, parse.GetValue(name)!, parse.GetValue(key)!);
                if (after == before)
                {
                    Console.Out.WriteLine($"already an alias of {parse.GetValue(key)} in {file}");
                    return ExitCodes.Ok;
                }
                File.WriteAllText(file, after);
                Console.Out.WriteLine($"added to {file}; the next 'ingest run' re-maps the documents");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }

    // A decision belongs in the repository's rules, not in the copy the build puts beside the program
    // (which the next build overwrites), so the working directory's rules come before the program's.
    private static string EditableRules(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath)) return new RulesDirectory(explicitPath).Path;
        var fromEnvironment = Environment.GetEnvironmentVariable(RulesDirectory.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return new RulesDirectory(fromEnvironment).Path;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RulesDirectory.FolderName);
            if (Directory.Exists(candidate)) return candidate;
        }
        return RulesDirectory.Locate().Path;
    }

    internal static void Print(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, bool csv)
    {
        if (csv)
        {
            Console.Out.Write(CsvText.Line(columns) + "\n");
            foreach (var row in rows) Console.Out.Write(CsvText.Line(row) + "\n");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(Markup.Escape(column));
        foreach (var row in rows) table.AddRow(row.Select(v => Markup.Escape(v)).ToArray());
        AnsiConsole.Write(table);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
