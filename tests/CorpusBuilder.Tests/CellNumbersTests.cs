using CorpusBuilder.Contract;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

public sealed class CellNumbersTests
{
    [Theory]
    // Seed 000 cells, with the row's unit.
    [InlineData("1073 12.2", Unit.Count, "1073", true)]
    [InlineData("490 23%", Unit.Count, "490", true)]
    [InlineData("2020-21 0.10% / 15 DfE", Unit.Percent, "0.1", true)]
    [InlineData("March 2022 52.7% (cohort 799)", Unit.Percent, "52.7", true)]
    [InlineData("2021-22 2.62% / 1,007 DfE", Unit.Count, "1007", true)]
    [InlineData("72 (40%)", Unit.Percent, "40", true)]
    [InlineData("2022-23 6.0% Harrow data", Unit.Rate, "6", true)]
    [InlineData("0.12", Unit.Percent, "12", false)]
    [InlineData("0.348", Unit.Percent, "34.8", false)]
    [InlineData("0.90%", Unit.Percent, "0.9", false)]
    [InlineData("+7.5%", Unit.Percent, "7.5", false)]
    [InlineData("-2.30%", Unit.Percent, "-2.3", false)]
    [InlineData("50%*", Unit.Percent, "50", false)]
    [InlineData("10.10", Unit.Rate, "10.1", false)]
    [InlineData("5% of the annual invite target", Unit.Percent, "5", false)]
    public void Picks_the_value_the_contract_describes(string cell, Unit unit, string expected, bool fromSeveral)
    {
        var picked = CellNumbers.Read(cell).Pick(unit);

        picked.Should().NotBeNull();
        ObservationColumns.Number(picked!.Value).Should().Be(expected);
        picked.FromSeveral.Should().Be(fromSeveral);
    }

    [Fact]
    public void A_bare_fraction_stays_a_fraction_outside_percent_rows()
    {
        CellNumbers.Read("0.85").Pick(Unit.Count)!.Value.Should().Be(0.85m);
    }

    [Theory]
    [InlineData("Gap lower than national")]
    [InlineData("BL")]
    [InlineData("New 23/24")]
    public void Text_without_figures_gives_no_value(string cell)
    {
        CellNumbers.Read(cell).Pick(Unit.Percent).Should().BeNull();
    }
}
