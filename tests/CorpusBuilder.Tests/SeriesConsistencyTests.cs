using CorpusBuilder.Corpus;

namespace CorpusBuilder.Tests;

/// <summary>
/// An indicator's value for a period is the same in every document that prints it, except in the check cases
/// (corpus/checks), which re-report a value on purpose so that the silent-revision check has something to find.
/// </summary>
public sealed class SeriesConsistencyTests
{
    [Fact]
    public void The_same_indicator_and_period_has_one_value_across_documents()
    {
        var conflicts = CorpusEntries.All()
            .Where(e => e.Layout != CorpusBuilder.Checks.CheckCaseEntries.Layout)
            .GroupBy(e => e.ExpectedPath).Select(g => g.First())
            .SelectMany(e => e.Observations.Select(o => (e.FileName, o)))
            .GroupBy(x => (x.o.Council, x.o.IndicatorKey, x.o.Period.Label))
            .Where(g => g.Select(x => x.FileName).Distinct().Count() > 1)
            .SelectMany(g => new[]
            {
                Conflict(g.Key, "actual", g.Where(x => x.o.Actual is not null).Select(x => (x.FileName, x.o.Actual))),
                Conflict(g.Key, "target", g.Where(x => x.o.Target is not null).Select(x => (x.FileName, x.o.Target))),
                Conflict(g.Key, "rag", g.Where(x => x.o.Rag is not null).Select(x => (x.FileName, (decimal?)(int)x.o.Rag!))),
            })
            .Where(c => c is not null)
            .ToList();

        conflicts.Should().BeEmpty();
    }

    private static string? Conflict((string, string, string) key, string field, IEnumerable<(string File, decimal? Value)> values)
    {
        var list = values.ToList();
        return list.Select(v => v.Value).Distinct().Count() > 1
            ? $"{key} {field}: " + string.Join("; ", list.Select(v => $"{v.File}={v.Value}"))
            : null;
    }
}
