using Ingest.Cli.Commands;
using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Store;

namespace Ingest.Cli.Tests.Review;

/// <summary>`ingest review`: low-confidence observations with their raw text and location.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReviewCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-review-").FullName;
    private string Db => Path.Combine(_dir, "test.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try { return (Program.Main(args), output.ToString()); }
        finally { Console.SetOut(original); }
    }

    private void Load()
    {
        // Readings from the Havering Q1 2017/18 seed, an OCR rendering: "ТВС" was Cyrillic for TBC.
        Observation Row(int row, string indicator, string targetRaw, string actualRaw, double confidence) => new()
        {
            Council = "havering",
            Document = "havering-os-board-performance-q1-2017-18.pdf",
            Page = 1,
            Table = 2,
            Row = row,
            Indicator = indicator,
            IndicatorKey = IndicatorKey.Of(indicator),
            Period = Period.FinancialQuarter(2017, 1),
            TargetRaw = targetRaw,
            ActualRaw = actualRaw,
            Confidence = confidence,
            RowBox = new BoundingBox(40.2, 300.4, 800, 330),
        };
        var source = new DocumentSource("/x/havering-os-board-performance-q1-2017-18.pdf", "havering-os-board-performance-q1-2017-18.pdf",
            new string('b', 64), 10, "pdf");
        using var store = SqliteObservationStore.Open(Db);
        store.SaveDocument(new DocumentLoad(source, "havering", null, "Q1 2017/18", 2,
        [
            Row(3, "No. of Stage 1 complaints received", "N/A", "210", 0.96),
            Row(18, "Contractor liaison with residents during regeneration work", "TBC", "N/A", 0.62),
            Row(23, "Deployable police resources compared with establishment (Dedicated Ward Officers only)", "TBC", "90%", 0.81),
        ], DocumentTimings.Zero));
    }

    [Fact]
    public void Lists_only_observations_below_the_threshold_least_sure_first_with_text_and_location()
    {
        Load();
        var (exit, csv) = Run("review", "--db", Db, "--below", "0.9", "--format", "csv");
        exit.Should().Be(ExitCodes.Ok);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be(string.Join(",", ReviewCommand.Columns));
        lines.Should().HaveCount(3);
        lines[1].Should().StartWith("0.62,havering,havering-os-board-performance-q1-2017-18.pdf,1,2,18,Contractor liaison");
        lines[1].Should().EndWith(",\"40,300,800,330\"");
        lines[2].Should().StartWith("0.81,").And.Contain(",TBC,90%,");
        csv.Should().NotContain("Stage 1 complaints");
    }

    [Fact]
    public void A_lower_threshold_lists_fewer_and_the_table_format_counts_them()
    {
        Load();
        var (_, csv) = Run("review", "--db", Db, "--below", "0.7", "--format", "csv");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        var (exit, table) = Run("review", "--db", Db);
        exit.Should().Be(ExitCodes.Ok);
        table.Should().Contain("2 observation(s) below confidence 0.9");
    }

    [Fact]
    public void A_threshold_outside_zero_to_one_is_a_usage_error() =>
        Run("review", "--db", Db, "--below", "1.5").Exit.Should().Be(ExitCodes.Usage);
}
