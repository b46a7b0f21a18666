using Ingest.Core.Observations;

namespace Ingest.Store.Tests.Conformance;

/// <summary>Export: the contract's values, in file, table, row and period order.</summary>
public abstract class ObservationExportConformance(StoreEngine engine) : IDisposable
{
    protected StoreEngine Engine { get; } = engine;

    public void Dispose()
    {
        Engine.Dispose();
        GC.SuppressFinalize(this);
    }


    private static readonly int RowColumn = ObservationColumns.Names.ToList().IndexOf("row");

    private void SaveHarrow(params Observation[] observations)
    {
        using var store = Engine.Open();
        store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha), observations));
    }

    private void SaveHavering(params Observation[] observations)
    {
        using var store = Engine.Open();
        store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), observations, "havering"));
    }

    [StoreFact]
    public void Exported_rows_are_the_contract_values_of_the_saved_observations()
    {
        var observations = new[] { SeedData.CallsAnswered(), SeedData.OperatingTime(), SeedData.Exclusions(), SeedData.StayingPut() };
        SaveHavering(observations[3]);
        SaveHarrow(observations[2], observations[0], observations[1]);

        var rows = Engine.Database.Export().ToList();

        rows.Should().BeEquivalentTo(observations.Select(ObservationColumns.Values), o => o.WithStrictOrdering());
    }

    [StoreFact]
    public void Decimals_nulls_and_awkward_text_survive_the_round_trip()
    {
        var exclusions = SeedData.Exclusions();
        var currency = SeedData.OperatingTime() with { Row = 50, Unit = Unit.Currency, TargetRaw = "-2.30%", Target = -2.3m, ActualRaw = "£7m", Actual = 7_000_000m };
        var stayingPut = SeedData.StayingPut();
        SaveHarrow(exclusions, currency);
        SaveHavering(stayingPut);

        var rows = Engine.Database.Export().ToDictionary(r => r[RowColumn]);

        rows["98"].Should().Equal(ObservationColumns.Values(exclusions));      // 0.1, 0.2, confidence 0.7
        rows.Keys.Should().BeEquivalentTo(["98", "50", "11"]);
        rows["50"].Should().Equal(ObservationColumns.Values(currency));        // 7000000, -2.3, no commentary
        rows["11"].Should().Equal(ObservationColumns.Values(stayingPut));      // quotes, commas, a line break, page 3
        var line = CsvText.Line(rows["11"]);
        CsvText.Parse(line + "\n").Single().Should().Equal(rows["11"]);
    }

    [StoreFact]
    public void Rows_are_ordered_by_file_name_table_row_and_period_start()
    {
        var q1 = SeedData.CallsAnswered(Period.FinancialQuarter(2022, 1), row: 9);
        var q4 = SeedData.CallsAnswered(Period.FinancialQuarter(2022, 4), row: 9);
        var latest = SeedData.CallsAnswered(Period.FinancialQuarter(2023, 1), row: 9);
        var row10 = SeedData.CallsAnswered(row: 10);
        var secondTable = SeedData.CallsAnswered(row: 2) with { Table = 2 };
        SaveHavering(SeedData.StayingPut());
        SaveHarrow(secondTable, latest, row10, q4, q1);

        var order = Engine.Database.Export()
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
}
