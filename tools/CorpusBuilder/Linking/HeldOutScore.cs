using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Observations;
using Ingest.Core.Rules;
using Ingest.Core.Tables;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Linking;
using Ingest.Extraction.Blocks;
using Ingest.Store;

namespace CorpusBuilder.Linking;

/// <summary>
/// How the held-out scorecards loaded: for each set, the keys `ingest run` stored for the reworded names
/// (which includes links by continuity within a council) and, for comparison, the keys the names alone get.
/// A name the extractor printed differently from the case file (so not found in the database) is counted apart.
/// </summary>
public sealed record HeldOutScore(string Set, int Distinct, int NotLoaded, LinkerFigures Loaded, LinkerFigures ByNameAlone, int KeptByContinuity, IReadOnlyList<string> WrongKeys)
{
    /// <param name="rules">
    /// The extraction rules: a KPI block's reference code ("KPI 08 - ") is no part of its name (blocks.yaml), so a
    /// name printed with one is loaded as printed when it is stored without it.
    /// </param>
    public static IReadOnlyList<HeldOutScore> Measure(string folder, string dbPath, IndicatorMatcher matcher, RulesDirectory rules)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(rules);
        var reference = new Regex(rules.Load<BlockRules>(BlockRules.FileName).Reference, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var stored = ReadOnlyQuery.Run(dbPath, "SELECT DISTINCT document, indicator, indicator_id, indicator_match, indicator_match_score FROM observation").Rows
            .GroupBy(r => (Document: r[0] ?? "", Name: Collapse(r[1] ?? "")))
            .ToDictionary(g => g.Key, g => new IndicatorMapping(g.First()[2] ?? "", Method(g.First()[3]), Score(g.First()[4])));
        var scores = new List<HeldOutScore>();
        foreach (var set in HeldOutScorecards.Read(folder).GroupBy(c => c.Set, StringComparer.Ordinal))
        {
            // The unseen council is scored on its distinct names; a reworded report on each of its names.
            var cases = set.Key == HeldOutScorecards.Unseen
                ? set.DistinctBy(c => Collapse(c.Printed)).ToList()
                : set.DistinctBy(c => (c.Document, Collapse(c.Printed))).ToList();
            var loaded = new List<(string Key, IndicatorMapping Mapping, bool Suspect)>();
            var byName = new List<(string Key, IndicatorMapping Mapping, bool Suspect)>();
            var notLoaded = 0;
            var continuity = 0;
            var wrong = new List<string>();
            foreach (var c in cases)
            {
                var match = matcher.Match(c.Printed);
                byName.Add((c.Key, match.Mapping, match.IsSuspect));
                if (!stored.TryGetValue((c.Document, Collapse(c.Printed)), out var mapping)
                    && !stored.TryGetValue((c.Document, Collapse(reference.Replace(c.Printed, "", 1))), out mapping))
                {
                    notLoaded++;
                    continue;
                }
                loaded.Add((c.Key, mapping, false));
                if (!mapping.Key.StartsWith(IndicatorCatalogue.ProvisionalPrefix, StringComparison.Ordinal) && mapping.Key != c.Key)
                    wrong.Add($"{c.Document}: \"{c.Printed}\" got {mapping.Key} ({mapping.Method}), want {c.Key}");
                if (mapping.Key == c.Key && match.Mapping.Key != c.Key) continuity++;
            }
            scores.Add(new HeldOutScore(set.Key, cases.Count, notLoaded, LinkerEvaluation.Score(loaded), LinkerEvaluation.Score(byName), continuity, wrong));
        }
        return scores;
    }

    public static void Report(IReadOnlyList<HeldOutScore> scores, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var i = CultureInfo.InvariantCulture;
        foreach (var s in scores)
        {
            output.WriteLine(string.Format(i, "{0}: {1} names, {2} not found as printed in the database", s.Set, s.Distinct, s.NotLoaded));
            Line("  loaded by ingest run", s.Loaded);
            Line("  by the name alone   ", s.ByNameAlone);
            output.WriteLine(string.Format(i, "  kept only through continuity within the council: {0}", s.KeptByContinuity));
            foreach (var wrong in s.WrongKeys) output.WriteLine("  wrong: " + wrong);
        }

        void Line(string label, LinkerFigures f) => output.WriteLine(string.Format(i,
            "{0}: kept key {1:P1}; wrong key {2}; provisional {3:P1}; precision {4:P1}, recall {5:P1}; " +
            "linker precision {6:P1} ({7} linked), recall {8:P1} of {9} left to it; keys shared by two measures {10}",
            label, f.KeptShare, f.WrongKey, f.ProvisionalShare, f.Precision, f.Recall,
            f.LinkerPrecision, f.LinkedRight + f.LinkedWrong, f.LinkerRecall, f.LeftToLinker, f.KeysShared));
    }

    private static string Collapse(string name) => TextNormaliser.Collapse(name).ToLowerInvariant();

    private static MatchMethod Method(string? text) =>
        Enum.TryParse<MatchMethod>(text, ignoreCase: true, out var method) ? method : MatchMethod.Provisional;

    private static double Score(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) ? score : 0;
}
