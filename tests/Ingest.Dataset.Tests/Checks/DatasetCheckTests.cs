using Ingest.Core.Observations;
using Ingest.Dataset.Checks;

namespace Ingest.Dataset.Tests.Checks;

public sealed class DatasetCheckTests
{
    private const string Park = "Residents rating their local park good or very good";
    private const string Bins = "Missed bin collections per 100,000 collections";

    private static IReadOnlyList<Finding> Run(string check, params Observation[] rows) =>
        new DatasetChecks(SharedCheckRules.Checks).Run(rows, check);

    [Fact]
    public void A_fraction_printed_after_percentages_is_a_value_jump()
    {
        var findings = Run(CheckNames.ValueJump,
            Obs.Row("harrow", "q2.docx", Park, Obs.Q(2023, 1), 15, 12, unit: Unit.Percent),
            Obs.Row("harrow", "q2.docx", Park, Obs.Q(2023, 2), 15, 13, unit: Unit.Percent),
            Obs.Row("harrow", "q3.docx", Park, Obs.Q(2023, 3), 15, 0.14m, unit: Unit.Count, row: 5));
        var finding = findings.Should().ContainSingle().Subject;
        finding.Should().Match<Finding>(f => f.Document == "q3.docx" && f.Row == 5 && f.Period == "Q3 2023/24" && f.Council == "harrow");
        finding.Message.Should().Contain("0.14").And.Contain("smaller");
    }

    [Fact]
    public void Ordinary_movement_is_no_value_jump()
    {
        Run(CheckNames.ValueJump,
            Obs.Row("harrow", "q2.docx", Park, Obs.Q(2023, 1), 15, 12),
            Obs.Row("harrow", "q2.docx", Park, Obs.Q(2023, 2), 15, 30),
            Obs.Row("harrow", "q3.docx", Park, Obs.Q(2023, 3), 15, 14)).Should().BeEmpty();
    }

    [Fact]
    public void An_arrow_against_the_values_and_polarity_is_a_direction_finding()
    {
        var findings = Run(CheckNames.DirectionOfTravel,
            Obs.Row("harrow", "q3.docx", Bins, Obs.Q(2023, 2), 50, 60, polarity: Polarity.Lower, unit: Unit.Rate),
            Obs.Row("harrow", "q3.docx", Bins, Obs.Q(2023, 3), 50, 45, polarity: Polarity.Lower, unit: Unit.Rate,
                dot: Direction.Declining, dotRaw: "Worsening"));
        findings.Should().ContainSingle().Which.Message.Should().Contain("Worsening").And.Contain("improving");
    }

    [Fact]
    public void An_arrow_that_agrees_or_has_no_adjacent_period_is_fine()
    {
        Run(CheckNames.DirectionOfTravel,
            Obs.Row("harrow", "q3.docx", Bins, Obs.Q(2023, 2), 50, 60, polarity: Polarity.Lower, unit: Unit.Rate),
            Obs.Row("harrow", "q3.docx", Bins, Obs.Q(2023, 3), 50, 45, polarity: Polarity.Lower, unit: Unit.Rate,
                dot: Direction.Improving, dotRaw: "Improving"),
            // Q1 2024/25 follows Q4, which is missing: nothing to compare with.
            Obs.Row("harrow", "q1.docx", Bins, Obs.Q(2024, 1), 50, 70, polarity: Polarity.Lower, unit: Unit.Rate,
                dot: Direction.Improving, dotRaw: "Improving")).Should().BeEmpty();
    }

    [Fact]
    public void Twelve_months_are_not_judged_against_the_quarter_that_ends_the_day_before_they_start()
    {
        // Twelve months to September 2024 start the day after Q2 2023/24 ends; the arrow compares them with the
        // twelve months to June, which the report does not print as a figure.
        Run(CheckNames.DirectionOfTravel,
            Obs.Row("kent", "q2-2023-24.docx", Park, Obs.Q(2023, 2), 90, 96, polarity: Polarity.Higher, unit: Unit.Percent),
            Obs.Row("kent", "q2-2024-25.docx", Park, Period.RollingTwelveMonths(2024, 9), 90, 80, polarity: Polarity.Higher,
                unit: Unit.Percent, dot: Direction.Improving, dotRaw: "↑")).Should().BeEmpty();
        Run(CheckNames.DirectionOfTravel,
            Obs.Row("kent", "q2-2023-24.docx", Park, Period.RollingTwelveMonths(2023, 9), 90, 96, polarity: Polarity.Higher, unit: Unit.Percent),
            Obs.Row("kent", "q2-2024-25.docx", Park, Period.RollingTwelveMonths(2024, 9), 90, 80, polarity: Polarity.Higher,
                unit: Unit.Percent, dot: Direction.Improving, dotRaw: "↑")).Should().ContainSingle();
    }

    [Fact]
    public void How_alike_two_periods_lengths_must_be_comes_from_the_rules()
    {
        // Q2 (92 days) after Q1 (91 days) is compared by the shipped rules; with no difference in length allowed, not.
        Observation[] rows =
        [
            Obs.Row("harrow", "q2.docx", Bins, Obs.Q(2023, 1), 50, 60, polarity: Polarity.Lower, unit: Unit.Rate),
            Obs.Row("harrow", "q2.docx", Bins, Obs.Q(2023, 2), 50, 45, polarity: Polarity.Lower, unit: Unit.Rate,
                dot: Direction.Declining, dotRaw: "Worsening"),
        ];
        var strict = SharedCheckRules.Rules with { DirectionOfTravel = new DirectionRules { SameLength = 0 } };

        new DatasetChecks(SharedCheckRules.Checks).Run(rows, CheckNames.DirectionOfTravel).Should().ContainSingle();
        new DatasetChecks(new CheckSet(strict, Ingest.Normalisation.Normaliser.FromRules(RealRules.Directory).Legends))
            .Run(rows, CheckNames.DirectionOfTravel).Should().BeEmpty();
    }

    [Fact]
    public void A_period_reprinted_with_another_value_is_a_silent_revision()
    {
        const string homes = "Number of households helped to avoid homelessness";
        var findings = Run(CheckNames.SilentRevision,
            Obs.Row("harrow", "q2.docx", homes, Obs.Q(2023, 2), 150, 140, unit: Unit.Count),
            Obs.Row("harrow", "q3.docx", homes, Obs.Q(2023, 2), 150, 152, unit: Unit.Count, row: 7),
            Obs.Row("harrow", "q3.docx", homes, Obs.Q(2023, 3), 150, 160, unit: Unit.Count, row: 7));
        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Document == "q3.docx" && f.Row == 7 && f.Period == "Q2 2023/24" && f.Message.Contains("140") && f.Message.Contains("152"));
    }

    [Fact]
    public void The_same_figure_at_another_precision_or_in_another_rendering_is_no_revision()
    {
        Run(CheckNames.SilentRevision,
            Obs.Row("harrow", "q2.docx", Park, Obs.Q(2023, 2), 15, 13.4m),
            Obs.Row("harrow", "q2.xlsx", Park, Obs.Q(2023, 2), 15, 13.4m),
            Obs.Row("harrow", "q3.docx", Park, Obs.Q(2023, 2), 15, 13.42m)).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_check_name_is_refused()
    {
        var act = () => Run("no-such-check");
        act.Should().Throw<ArgumentException>().WithMessage("*no-such-check*");
    }

    [Fact]
    public void The_rules_file_gives_every_check_its_thresholds()
    {
        var rules = SharedCheckRules.Rules;
        rules.RagTolerances.Should().Contain(r => r.Council == "harrow" && r.AmberWithin == 5 && r.Judge);
        rules.RagTolerances.Should().Contain(r => r.Council == "*");
        rules.ValueJump.Factors.Should().Contain([100m, 1000m]);
        rules.DirectionOfTravel.SameLength.Should().BeInRange(0.01, 0.5);
        _ = new RagKey(rules.RagTolerances);
        SharedCheckRules.Checks.All.Select(c => c.Name).Should().BeEquivalentTo(CheckNames.All);
    }
}

public sealed class RunningTotalDirectionTests
{
    [Fact]
    public void A_running_total_is_judged_as_a_share_of_its_growing_target()
    {
        // Q1 31.2m of a 30m target (104%), Q2 61.6m of a 65m target (95%): the figure grew, performance fell.
        const string income = "Income from commercial property (£)";
        var rows = new[]
        {
            Obs.Row("brent", "b.docx", income, Obs.Q(2023, 1), 30_000_000, 31_200_000, unit: Unit.Currency),
            Obs.Row("brent", "b.docx", income, Obs.Q(2023, 2), 65_000_000, 61_600_000, unit: Unit.Currency,
                dot: Direction.Declining, dotRaw: "Worsening"),
        };
        new DatasetChecks(SharedCheckRules.Checks).Run(rows, CheckNames.DirectionOfTravel).Should().BeEmpty();
    }

    [Fact]
    public void An_arrow_is_doubted_only_when_the_figures_and_the_shares_of_target_both_disagree()
    {
        const string cases = "Number of open cases";
        Observation Row(Period p, decimal target, decimal actual, Direction? dot = null) =>
            Obs.Row("harrow", "h.docx", cases, p, target, actual, polarity: Polarity.Lower, unit: Unit.Count, dot: dot, dotRaw: dot?.ToString() ?? "");
        var checks = new DatasetChecks(SharedCheckRules.Checks);
        // 213 -> 277 with the target raised from 150 to 300: the figure worsened, the share improved; "Declining" fits one reading.
        checks.Run([Row(Obs.Q(2023, 1), 150, 213), Row(Obs.Q(2023, 2), 300, 277, Direction.Declining)], CheckNames.DirectionOfTravel)
            .Should().BeEmpty();
        // "Improving" fits neither: the figure rose and so did the share of an unchanged target.
        checks.Run([Row(Obs.Q(2023, 1), 150, 213), Row(Obs.Q(2023, 2), 150, 277, Direction.Improving)], CheckNames.DirectionOfTravel)
            .Should().ContainSingle();
    }
}
