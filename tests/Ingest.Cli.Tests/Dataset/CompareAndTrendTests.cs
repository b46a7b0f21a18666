using System.Globalization;
using System.Xml.Linq;
using Ingest.Cli.Commands;
using Ingest.Store;

namespace Ingest.Cli.Tests.Dataset;

[Collection(ConsoleCollection.Name)]
public sealed class CompareAndTrendTests : IClassFixture<CorpusDatabase>
{
    private const string TemporaryAccommodation = "households-in-temporary-accommodation";
    private const string PrintedName = "Number of households in temporary accommodation";
    private readonly CorpusDatabase _db;

    public CompareAndTrendTests(CorpusDatabase db) => _db = db;

    [Fact]
    public void Compare_puts_both_councils_in_one_table_with_their_reported_values_and_rag()
    {
        var matrix = CompareCommand.Matrix(CurrentSeries.Read(_db.DbPath, TemporaryAccommodation));

        matrix.Rows.Select(r => r.Council).Should().Equal("brent", "harrow");
        var q2 = matrix.Periods.ToList().IndexOf("Q2 2023/24");
        q2.Should().BeGreaterThanOrEqualTo(0);
        foreach (var (council, document) in new[] { ("brent", CorpusDatabase.Documents[2]), ("harrow", CorpusDatabase.Documents[1]) })
        {
            var cell = matrix.Rows.Single(r => r.Council == council).Cells[q2];
            cell.Should().StartWith(CorpusDatabase.ExpectedActual(document, PrintedName, "Q2 2023/24") + " ")
                .And.MatchRegex("[RAGB]$");
        }
    }

    [Fact]
    public void The_later_report_is_the_current_value_of_a_period_both_reports_show()
    {
        var q1 = CurrentSeries.Read(_db.DbPath, TemporaryAccommodation, ["harrow"]).Single(p => p.PeriodLabel == "Q1 2023/24");

        q1.Document.Should().Be(Path.GetFileName(CorpusDatabase.Documents[1]));
        q1.Revisions.Should().Be(2);
        q1.Actual.Should().Be(double.Parse(CorpusDatabase.ExpectedActual(CorpusDatabase.Documents[1], PrintedName, "Q1 2023/24"), CultureInfo.InvariantCulture));
        q1.CouncilCode.Should().Be("E09000015");
    }

    [Fact]
    public void Compare_by_group_as_csv_names_each_council_by_its_ons_code()
    {
        var output = Capture(() => Program.Main(["compare", TemporaryAccommodation, "--group", "outer-london", "--period", "Q2 2023/24",
            "--format", "csv", "--db", _db.DbPath]));

        var lines = output.Trim().Split('\n');
        lines[0].Should().StartWith("council,council_code,indicator_id,period_label");
        lines.Skip(1).Select(l => l.Split(',')[1]).Should().BeEquivalentTo("E09000005", "E09000015");
        lines.Skip(1).Should().OnlyContain(l => l.Contains(",Q2 2023/24,"));
    }

    [Fact]
    public void A_printed_name_finds_its_key()
    {
        IndicatorsCommand.ResolveKey("No. of households in temporary accommodation", null).Should().Be(TemporaryAccommodation);
    }

    [Fact]
    public void Trend_is_one_period_type_in_time_order_and_the_chart_has_a_point_per_value()
    {
        var series = TrendCommand.Series(CurrentSeries.Read(_db.DbPath, TemporaryAccommodation, ["harrow"]), null);
        series.Should().NotBeEmpty().And.OnlyContain(p => p.PeriodType == "quarter");
        series.Select(p => p.PeriodStart).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();

        var chart = Path.Combine(_db.Folder, "ta.svg");
        var output = Capture(() => Program.Main(["trend", TemporaryAccommodation, "--council", "harrow", "--chart", chart, "--db", _db.DbPath]));

        output.Should().MatchRegex("[▁▂▃▄▅▆▇█]{" + series.Count + "}");
        var svg = XDocument.Load(chart);
        svg.Descendants().Count(e => e.Name.LocalName == "circle").Should().Be(series.Count(p => p.Actual is not null));
    }

    [Fact]
    public void Compare_of_an_indicator_nobody_reports_fails_with_a_reason()
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        int exit;
        try { exit = Program.Main(["compare", "provisional:nothing-like-this", "--db", _db.DbPath]); }
        finally { Console.SetError(original); }

        exit.Should().Be(ExitCodes.SomeFailed);
        error.ToString().Should().Contain("no values for 'provisional:nothing-like-this'");
    }

    [Fact]
    public void Trend_and_compare_take_a_council_in_any_spelling_as_its_one_key()
    {
        var byKey = Capture(() => Program.Main(["trend", TemporaryAccommodation, "--council", "harrow", "--db", _db.DbPath]));
        var byName = Capture(() => Program.Main(["trend", TemporaryAccommodation, "--council", "London Borough of HARROW", "--db", _db.DbPath]));

        byName.Should().Be(byKey).And.Contain("harrow (E09000015)");
        Capture(() => Program.Main(["compare", TemporaryAccommodation, "--councils", "E09000005,Harrow", "--db", _db.DbPath, "--format", "csv"]))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Distinct()
            .Should().BeEquivalentTo("brent", "harrow");
    }

    internal static string Capture(Func<int> run)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try { run().Should().Be(ExitCodes.Ok); }
        finally { Console.SetOut(original); }
        return output.ToString();
    }
}
