using Ingest.Cli.Commands;
using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Core.Tables;
using Ingest.Dataset.Catalogue;
using Ingest.Store;

namespace Ingest.Cli.Tests.Dataset;

/// <summary>A council's later report renames an indicator but repeats its earlier figures: loading keeps one series.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ContinuityAtLoadTests : IDisposable
{
    private const string OldName = "% of FOI requests answered within 20 working days";
    private const string NewName = "Information requests dealt with on time";
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-continuity-").FullName;
    private static readonly string Rules = Path.Combine(RepositoryPaths.Root, RulesDirectory.FolderName);
    private static readonly IndicatorMatcher Matcher = IndicatorMatcher.FromRules(new RulesDirectory(Rules));

    private string Db => Path.Combine(_dir, "test.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Observation Row(string name, int quarter, decimal actual, string document) => new()
    {
        Council = "brent",
        Document = document,
        Indicator = name,
        IndicatorKey = IndicatorKey.Of(name),
        Unit = Unit.Percent,
        Period = Period.FinancialQuarter(2023, quarter),
        ActualRaw = actual.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Actual = actual,
        Mapping = Matcher.Match(name).Mapping,
    };

    private void Load(string document, char hash, int quarter, params Observation[] rows)
    {
        using var store = CouncilSeries.WithContinuity(SqliteObservationStore.Open(Db), new SqliteDatabase(Db), Rules);
        store.SaveDocument(new DocumentLoad(new DocumentSource("/x/" + document, document, new string(hash, 64), 10, "docx"), "brent", null,
            $"Q{quarter} 2023/24", 1, rows, DocumentTimings.Zero, ReportingPeriodDates: Period.FinancialQuarter(2023, quarter)));
    }

    [Fact]
    public void The_renamed_indicator_of_a_later_report_joins_the_earlier_series()
    {
        Matcher.Match(NewName).IsProvisional.Should().BeTrue("nothing in the catalogue reads like the new name");
        Load("brent-q3.docx", 'a', 3, Row(OldName, 1, 91.2m, "brent-q3.docx"), Row(OldName, 2, 88.0m, "brent-q3.docx"), Row(OldName, 3, 93.5m, "brent-q3.docx"));
        var oldKey = Matcher.Match(OldName).Mapping.Key;

        Load("brent-q4.docx", 'b', 4, Row(NewName, 2, 88.0m, "brent-q4.docx"), Row(NewName, 3, 93.5m, "brent-q4.docx"), Row(NewName, 4, 90.1m, "brent-q4.docx"));

        var series = CurrentSeries.Read(Db, oldKey, ["brent"]);
        series.Select(p => p.PeriodLabel).Should().Equal("Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24");
        series[^1].Indicator.Should().Be(NewName);
        CurrentSeries.Names(Db).Should().Contain(n => n.Indicator == NewName && n.IndicatorId == oldKey && n.Method == "linked");
    }

    [Fact]
    public void A_later_series_with_other_figures_stays_provisional()
    {
        Load("brent-q3.docx", 'a', 3, Row(OldName, 2, 88.0m, "brent-q3.docx"), Row(OldName, 3, 93.5m, "brent-q3.docx"));

        Load("brent-q4.docx", 'b', 4, Row(NewName, 2, 40.0m, "brent-q4.docx"), Row(NewName, 3, 12.5m, "brent-q4.docx"));

        CurrentSeries.Names(Db).Should().Contain(n => n.Indicator == NewName && n.IndicatorId.StartsWith("provisional:", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_new_names_continuing_one_series_are_left_provisional_and_listed_as_suspect_with_the_evidence()
    {
        const string Other = "Freedom of Information requests completed within 20 working days (%)";
        Load("brent-q3.docx", 'a', 3, Row(OldName, 2, 88.0m, "brent-q3.docx"), Row(OldName, 3, 93.5m, "brent-q3.docx"));

        Load("brent-q4.docx", 'b', 4, Row(NewName, 2, 88.0m, "brent-q4.docx"), Row(NewName, 3, 93.5m, "brent-q4.docx"),
            Row(Other, 2, 88.0m, "brent-q4.docx"), Row(Other, 3, 93.5m, "brent-q4.docx"));

        CurrentSeries.Names(Db).Should().Contain(n => n.Indicator == NewName && n.IndicatorId.StartsWith("provisional:", StringComparison.Ordinal));
        var output = CompareAndTrendTests.Capture(() => Program.Main(["indicators", "--suspect", "--db", Db, "--rules", Rules, "--format", "csv"]));
        output.Split('\n').Should().Contain(l => l.Contains(NewName, StringComparison.Ordinal) && l.Contains(",continuity,", StringComparison.Ordinal)
                                                  && l.Contains("linker p=", StringComparison.Ordinal) && l.Contains("continuity 1.00 over 2 periods", StringComparison.Ordinal)
                                                  && l.Contains("unit agrees", StringComparison.Ordinal));
    }
}
