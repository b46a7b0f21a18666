using CorpusBuilder.Linking;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;

namespace Ingest.Cli.Tests.Dataset;

/// <summary>
/// The document-level held-out bars for indicator identity, on a fixed seed (`make linker-eval-docs` reports a
/// fresh one): whole scorecards with reworded names, and an unseen council's, loaded by `ingest run`.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class HeldOutScorecardTests : IClassFixture<HeldOutScorecardTests.Loaded>
{
    private readonly Loaded _loaded;

    public HeldOutScorecardTests(Loaded loaded) => _loaded = loaded;

    private HeldOutScore Set(string name) => _loaded.Scores.Single(s => s.Set == name);

    [Fact]
    public void Every_held_out_name_is_loaded_as_printed()
    {
        Set(HeldOutScorecards.Reworded).Distinct.Should().BeGreaterThan(500);
        Set(HeldOutScorecards.Unseen).Distinct.Should().BeGreaterThan(50);
        _loaded.Scores.Should().OnlyContain(s => s.NotLoaded == 0);
    }

    [Fact]
    public void At_least_nine_in_ten_reworded_names_keep_their_key()
    {
        Set(HeldOutScorecards.Reworded).Loaded.KeptShare.Should().BeGreaterThanOrEqualTo(0.90);
    }

    [Fact]
    public void No_two_different_measures_share_a_key()
    {
        _loaded.Scores.Should().OnlyContain(s => s.Loaded.KeysShared == 0 && s.Loaded.WrongKey == 0, string.Join("\n", _loaded.Scores.SelectMany(s => s.WrongKeys)));
    }

    [Fact]
    public void Fewer_than_a_fifth_of_an_unseen_councils_distinct_names_stay_provisional()
    {
        Set(HeldOutScorecards.Unseen).Loaded.ProvisionalShare.Should().BeLessThan(0.20);
    }

    [Fact]
    public void The_linker_decides_names_the_catalogue_alone_would_not_and_its_links_are_right()
    {
        var reworded = Set(HeldOutScorecards.Reworded).Loaded;
        reworded.LinkedRight.Should().BeGreaterThan(0);
        reworded.LinkerPrecision.Should().Be(1.0);
    }

    public sealed class Loaded : IDisposable
    {
        private const int Seed = 4242;
        private readonly string _dir = Directory.CreateTempSubdirectory("ingest-held-out-").FullName;

        public Loaded()
        {
            var rules = new RulesDirectory(Path.Combine(RepositoryPaths.Root, RulesDirectory.FolderName));
            var matcher = IndicatorMatcher.FromRules(rules);
            HeldOutScorecards.Write(_dir, matcher, Seed);
            var db = Path.Combine(_dir, "held-out.db");
            var rulesPath = rules.Path;
            CompareAndTrendTests.Capture(() => Program.Main(["run", Path.Combine(_dir, HeldOutScorecards.Reworded), "--db", db, "--rules", rulesPath]));
            CompareAndTrendTests.Capture(() => Program.Main(["run", Path.Combine(_dir, HeldOutScorecards.Unseen), "--db", db, "--rules", rulesPath,
                "--council", HeldOutScorecards.UnseenCouncil.ToLowerInvariant()]));
            Scores = HeldOutScore.Measure(_dir, db, matcher, rules);
        }

        public IReadOnlyList<HeldOutScore> Scores { get; }

        public void Dispose() => Directory.Delete(_dir, recursive: true);
    }
}
