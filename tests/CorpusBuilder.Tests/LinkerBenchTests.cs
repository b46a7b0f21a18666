using CorpusBuilder.Linking;

namespace CorpusBuilder.Tests;

/// <summary>
/// The held-out bars for indicator identity, on a fixed seed (`make linker-eval` reports a fresh one):
/// rewordings keep their key, no two measures share one, and an unseen council's names mostly find theirs.
/// </summary>
public sealed class LinkerBenchTests
{
    private const int Seed = 4242;

    private static readonly LinkerBench.Result Result = LinkerBench.Run(RealRules.Directory, Seed);

    [Fact]
    public void At_least_nine_in_ten_rewordings_keep_their_key()
    {
        Result.Reworded.Cases.Should().BeGreaterThan(200);
        Result.Reworded.KeptShare.Should().BeGreaterThanOrEqualTo(0.90, Misses());
    }

    [Fact]
    public void No_two_different_measures_share_a_key()
    {
        Result.Reworded.KeysShared.Should().Be(0, Misses());
        Result.Unseen.KeysShared.Should().Be(0);
    }

    [Fact]
    public void Fewer_than_a_fifth_of_an_unseen_councils_names_stay_provisional()
    {
        Result.Unseen.Cases.Should().Be(LinkerBench.UnseenScorecard);
        Result.Unseen.ProvisionalShare.Should().BeLessThan(0.20);
    }

    [Fact]
    public void The_linker_decides_some_names_itself_and_its_links_are_right()
    {
        (Result.Reworded.LinkedRight + Result.Reworded.LinkedWrong).Should().BeGreaterThan(0);
        Result.Reworded.LinkerPrecision.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Rewordings_are_generated_the_same_way_from_the_same_seed()
    {
        var names = new List<(string, string, string)> { ("k1", "% of FOI requests answered within 20 working days", "percent"), ("k2", "Number of households in temporary accommodation", "count") };

        Rewordings.Generate(names, 9, 10, 2).Should().Equal(Rewordings.Generate(names, 9, 10, 2));
        Rewordings.Generate(names, 9, 10, 2).Should().OnlyContain(r => r.Reworded != r.Original);
    }

    private static string Misses() => string.Join("\n", Result.Misses.Select(m => $"{m.Case.Reworded} -> {m.Match.Mapping.Key}, want {m.Case.Key}"));
}
