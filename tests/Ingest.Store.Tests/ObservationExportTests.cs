using Ingest.Core.Observations;

namespace Ingest.Store.Tests;

public sealed class ObservationExportTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static readonly int RowColumn = ObservationColumns.Names.ToList().IndexOf("row");

    private void SaveHarrow(params Observation[] observations)
    {
        using var store = _db.Open();
        store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha), observations));
    }

    private void SaveHavering(params Observation[] observations)
    {
        using var store = _db.Open();
        store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), observations, "havering"));
    }

    [Fact]
    public void Exported_rows_are_the_contract_values_of_the_saved_observations()
    {
        var observations = new[] { SeedData.CallsAnswered(), SeedData.OperatingTime(), SeedData.Exclusions(), SeedData.StayingPut() };
        SaveHavering(observations[3]);
        SaveHarrow(observations[2], observations[0], observations[1]);

        var rows = ObservationExport.Rows(_db.DbPath).ToList();

        rows.Should().BeEquivalentTo(observations.Select(ObservationColumns.Values), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Decimals_nulls_and_awkward_text_survive_the_round_trip()
    {
        var exclusions = SeedData.Exclusions();
        var currency = SeedData.OperatingTime() with { Row = 50, Unit = Unit.Currency, TargetRaw = "-2.30%", Target = -2.3m, ActualRaw = "£7m", Actual = 7_000_000m };
        var stayingPut = SeedData.StayingPut();
        SaveHarrow(exclusions, currency);
        SaveHavering(stayingPut);

        var rows = ObservationExport.Rows(_db.DbPath).ToDictionary(r => r[RowColumn]);

        rows["98"].Should().Equal(ObservationColumns.Values(exclusions));      // 0.1, 0.2, confidence 0.7
        rows.Keys.Should().BeEquivalentTo(["98", "50", "11"]);
        rows["50"].Should().Equal(ObservationColumns.Values(currency));        // 7000000, -2.3, no commentary
        rows["11"].Should().Equal(ObservationColumns.Values(stayingPut));      // quotes, commas, a line break, page 3
        var line = CsvText.Line(rows["11"]);
        CsvText.Parse(line + "\n").Single().Should().Equal(rows["11"]);
    }

    [Fact]
    public void Rows_are_ordered_by_file_name_table_row_and_period_start()
    {
        var q1 = SeedData.CallsAnswered(Period.FinancialQuarter(2022, 1), row: 9);
        var q4 = SeedData.CallsAnswered(Period.FinancialQuarter(2022, 4), row: 9);
        var latest = SeedData.CallsAnswered(Period.FinancialQuarter(2023, 1), row: 9);
        var row10 = SeedData.CallsAnswered(row: 10);
        var secondTable = SeedData.CallsAnswered(row: 2) with { Table = 2 };
        SaveHavering(SeedData.StayingPut());
        SaveHarrow(secondTable, latest, row10, q4, q1);

        var order = ObservationExport.Rows(_db.DbPath)
            .Select(r => (Document: r[1], Table: r[3], Row: r[4], Start: r[12]))
            .ToList();

        order.Should().Equal(
            (SeedData.HarrowScorecard, "1", "9", "2022-04-01"),
            (SeedData.HarrowScorecard, "1", "9", "2023-01-01"),
            (SeedData.HarrowScorecard, "1", "9", "2023-04-01"),
            (SeedData.HarrowScorecard, "1", "10", "2023-04-01"),
            (SeedData.HarrowScorecard, "2", "2", "2023-04-01"),
            (SeedData.HaveringReport, "2", "11", "2017-04-01"));
    }

    [Fact]
    public void A_missing_database_fails_at_the_call_not_during_enumeration()
    {
        var missing = Path.Combine(_db.Folder, "missing.db");

        var act = () => ObservationExport.Rows(missing);

        act.Should().Throw<FileNotFoundException>().WithMessage("*run 'ingest run' first");
    }
}
