using CorpusBuilder.Harrow.Scorecard;

namespace CorpusBuilder.Tests;

public sealed class SeedTests
{
    [Fact]
    public void Markup_becomes_formatted_pieces()
    {
        var pieces = SeedMarkup.Parse("CO <sub>2</sub> emissions by Council estate (tonnes)");

        pieces.Select(p => p.Text).Should().Equal("CO ", "2", " emissions by Council estate (tonnes)");
        pieces.Select(p => p.Subscript).Should().Equal(false, true, false);
    }

    [Fact]
    public void Entities_inside_tags_are_decoded()
    {
        var piece = SeedMarkup.Parse("<b>CLEAN &amp; SAFE</b>").Should().ContainSingle().Subject;

        piece.Text.Should().Be("CLEAN & SAFE");
        piece.Bold.Should().BeTrue();
    }

    [Fact]
    public void Bold_runs_inside_commentary_are_kept()
    {
        var pieces = SeedMarkup.Parse("not meeting expected targets this quarter. <b>Action:</b> During Q2 Engagement");

        pieces.Where(p => p.Bold).Select(p => p.Text).Should().Equal("Action:");
        string.Concat(pieces.Select(p => p.Text)).Should().Be("not meeting expected targets this quarter. Action: During Q2 Engagement");
    }

    [Fact]
    public void The_seed_table_has_every_row_in_order()
    {
        var rows = ScorecardSeed.Load();

        rows.Should().HaveCount(128);
        rows.Count(r => r.Kind == SeedRowKind.Header).Should().Be(5);
        rows.Where(r => r.Kind == SeedRowKind.Priority).Select(r => r[0].Clean)
            .Should().Equal("RESIDENTS FIRST", "CLEAN & SAFE", "SUPPORTING THOSE MOST IN NEED");
        rows.Count(r => r.Kind == SeedRowKind.Indicator).Should().Be(89);
        rows[^1][0].Clean.Should().Be("Annual rate of overall absence in secondary schools");
        rows[^1].SeedLine.Should().Be(138);
    }

    [Fact]
    public void The_non_bold_vcs_line_is_an_objective()
    {
        var row = ScorecardSeed.Load().Single(r => r[0].Clean.StartsWith("Work in partnership with the VCS", StringComparison.Ordinal));

        row.Kind.Should().Be(SeedRowKind.Objective);
        row[0].IsBold.Should().BeFalse();
    }

    [Fact]
    public void Sections_follow_priority_then_objective()
    {
        var placed = ScorecardLayout.Place(ScorecardSeed.Load());
        var highway = placed.Single(r => r.Seed[0].Clean.StartsWith("Percentage of actionable highway defects", StringComparison.Ordinal));

        // A repeated header row sits between the objective and this indicator; it must not reset the section.
        highway.Section.Should().Be("CLEAN & SAFE > Implement a new approach to a well maintained highway network");
        placed.Count(r => r.IsFirstHeader).Should().Be(1);
    }
}
