using Ingest.Core.Observations;
using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Tests.Catalogue;

/// <summary>
/// Issue 6's bar, measured on the labelled corpus: every printed name maps to one catalogue key, a name
/// seen in several documents of a council is one series, and enough indicators are comparable across councils.
/// </summary>
public sealed class CorpusCoverageTests
{
    private static readonly IndicatorMatcher Matcher = new(IndicatorCatalogue.Load(RealRules.Directory));

    private static readonly IReadOnlyList<(string Council, string Document, string Indicator)> Rows = ReadCorpus();

    [Fact]
    public void Every_indicator_of_the_corpus_is_in_the_catalogue()
    {
        Rows.Should().NotBeEmpty();
        var unmatched = Rows.Select(r => r.Indicator).Distinct()
            .Where(name => Matcher.Match(name).Mapping.Method == MatchMethod.Provisional).ToList();

        unmatched.Should().BeEmpty();
    }

    [Fact]
    public void An_indicator_in_several_documents_of_a_council_is_one_key()
    {
        var repeated = Rows.GroupBy(r => (r.Council, r.Indicator)).Where(g => g.Select(r => r.Document).Distinct().Count() > 1).ToList();
        repeated.Should().NotBeEmpty();

        foreach (var group in repeated)
            group.Select(r => Matcher.Match(r.Indicator).Mapping.Key).Distinct().Should().ContainSingle(group.Key.Indicator);
    }

    [Fact]
    public void At_least_ten_indicators_are_comparable_across_councils()
    {
        var shared = Rows.GroupBy(r => Matcher.Match(r.Indicator).Mapping.Key)
            .Where(g => g.Select(r => r.Council).Distinct().Count() > 1)
            .Select(g => g.Key).ToList();

        shared.Should().HaveCountGreaterThanOrEqualTo(10).And.Contain("households-in-temporary-accommodation");
    }

    private static List<(string, string, string)> ReadCorpus()
    {
        var rows = new List<(string, string, string)>();
        foreach (var file in System.IO.Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.expected.csv", SearchOption.AllDirectories))
        {
            // The randomised layouts print invented indicator names to test reading, not the catalogue:
            // their names are meant to stay provisional.
            if (Path.GetRelativePath(RepositoryPaths.Corpus, file).StartsWith("random" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var records = CsvText.Parse(File.ReadAllText(file).TrimStart('\uFEFF'));
            var header = records[0].ToList();
            // Table fixtures (corpus/pdf-hard) hold plain tables, not the dataset's columns.
            if (!header.SequenceEqual(ObservationColumns.Names)) continue;
            int Column(string name) => header.IndexOf(name);
            foreach (var record in records.Skip(1))
                rows.Add((record[Column("council")], record[Column("document")], record[Column("indicator")]));
        }
        return rows;
    }
}
