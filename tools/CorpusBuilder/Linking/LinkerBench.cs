using System.Globalization;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Linking;

namespace CorpusBuilder.Linking;

/// <summary>
/// The held-out test of indicator linking: rewordings of catalogue names (one or two changes each) and an
/// unseen council's scorecard (every name reworded twice), run through the matcher the pipeline uses.
/// </summary>
public static class LinkerBench
{
    public const int Rewordings = 400;
    public const int UnseenScorecard = 36;

    public sealed record Result(LinkerFigures Reworded, LinkerFigures Unseen, IReadOnlyList<(Rewording Case, IndicatorMatch Match)> Misses);

    public static Result Run(RulesDirectory rules, int seed)
    {
        var matcher = IndicatorMatcher.FromRules(rules);
        var names = matcher.Catalogue.Entries
            .SelectMany(e => e.Aliases.Prepend(e.Title).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (e.Key, n, e.Unit)))
            .ToList();
        var reworded = Linking.Rewordings.Generate(names, seed, Rewordings, changesPerName: 1 + seed % 2)
            .Concat(Linking.Rewordings.Generate(names, seed + 1, Rewordings / 2, changesPerName: 2)).ToList();
        // An unseen council prints each measure once, its own way: one name per key.
        var perKey = names.GroupBy(n => n.Key).Select(g => g.First()).ToList();
        var unseen = Linking.Rewordings.Generate(perKey, seed + 2, UnseenScorecard, changesPerName: 2);
        var misses = reworded.Select(c => (Case: c, Match: matcher.Match(c.Reworded))).Where(p => p.Match.Mapping.Key != p.Case.Key).ToList();
        return new Result(
            LinkerEvaluation.Evaluate(matcher, reworded.Select(r => (r.Key, r.Reworded)).ToList()),
            LinkerEvaluation.Evaluate(matcher, unseen.Select(r => (r.Key, r.Reworded)).ToList()),
            misses);
    }

    public static void Report(Result result, int seed, TextWriter output)
    {
        var i = CultureInfo.InvariantCulture;
        void Line(string label, LinkerFigures f) => output.WriteLine(string.Format(i,
            "{0}: {1} names; kept key {2:P1}; wrong key {3}; provisional {4:P1}; precision {5:P1}, recall {6:P1}; " +
            "linker precision {7:P1} ({8} linked), recall {9:P1} of {10} left to it; keys shared by two measures {11}; listed as suspect {12}",
            label, f.Cases, f.KeptShare, f.WrongKey, f.ProvisionalShare, f.Precision, f.Recall,
            f.LinkerPrecision, f.LinkedRight + f.LinkedWrong, f.LinkerRecall, f.LeftToLinker, f.KeysShared, f.Suspect));
        output.WriteLine($"seed {seed.ToString(i)}");
        Line("rewordings", result.Reworded);
        Line("unseen council", result.Unseen);
        foreach (var (c, m) in result.Misses.Take(25))
            output.WriteLine($"  miss [{c.Changes}] \"{c.Reworded}\" -> {m.Mapping.Key} ({m.Mapping.Method}), want {c.Key}{(m.SuspectReason is null ? "" : "; " + m.SuspectReason)}");
    }
}
