using FluentAssertions;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Layout.Finders;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>How far the labels of an unruled header reach, from the words' own places.</summary>
public sealed class HeaderGroupsTests
{
    /// <summary>Gutter middles of a three-quarter scorecard (seed 6161's Belfast, drawn by LibreOffice from Word).</summary>
    private static readonly double[] Edges = [36.0, 260.0, 314.1, 373.9, 431.7, 492.9, 561.8, 613.1, 671.1, 736.8, 805.9];

    [Fact]
    public void A_label_as_wide_as_its_one_column_leaves_the_column_it_grazes_to_the_next_group()
    {
        // "Q4 - 2020/21" is centred over "Actual" alone and fills its cell, so it ends 1.2 points past the
        // gutter's middle, over the next group's "Status": that column is Q1's, as Q1's centring says.
        var q4 = Chunk(323.6, 375.1, 162.8, "Q4 - 2020/21");
        var q1 = Chunk(445.6, 497.1, 162.8, "Q1 - 2021/22");
        var q2 = Chunk(627.0, 678.5, 162.8, "Q2 - 2021/22");
        List<ChunkedLine> lines =
        [
            Line(q4, q1, q2, Chunk(751.5, 798.0, 163.1, "Direction of")),
            Line(Chunk(131.2, 166.6, 168.9, "Indicator"), Chunk(275.2, 304.8, 168.9, "Good is")),
            Line(Chunk(336.8, 361.9, 174.9, "Actual"), Chunk(396.5, 421.1, 174.9, "Status"), Chunk(455.6, 480.9, 174.9, "Target"),
                Chunk(505.3, 556.2, 174.9, "Performance"), Chunk(577.9, 602.5, 174.9, "Status"), Chunk(643.4, 655.9, 174.9, "Tgt"),
                Chunk(699.6, 724.7, 174.9, "Actual"), Chunk(763.3, 786.2, 174.7, "travel")),
        ];

        var split = HeaderGroups.Split(lines, Edges, ColumnsOf);

        split.Should().NotBeNull();
        split!.Spans[q1].Should().Be((3, 5), "Q1 is centred over Status, Target and Performance");
        split.Spans[q2].Should().Be((6, 8));
        split.Spans.GetValueOrDefault(q4, (2, 2)).Should().Be((2, 2), "Q4 heads Actual alone");
    }

    private static (int First, int Last) ColumnsOf(Chunk chunk)
    {
        int Column(double x) => Math.Clamp(Edges.Count(e => e <= x) - 1, 0, Edges.Length - 2);
        var first = Column(chunk.Left + 0.01);
        return (first, Math.Max(first, Column(chunk.Right - 0.01)));
    }

    private static Chunk Chunk(double left, double right, double top, string text) =>
        new([new Word(text, new BoundingBox(left, top, right, top + 9.5), top + 7.6, 8, true, null)]);

    private static ChunkedLine Line(params Chunk[] chunks)
    {
        var words = chunks.SelectMany(c => c.Words).ToList();
        var box = new BoundingBox(words.Min(w => w.Box.Left), words.Min(w => w.Box.Top), words.Max(w => w.Box.Right), words.Max(w => w.Box.Bottom));
        return new ChunkedLine(new TextLine(words, box, words[0].Baseline, 8, 0), [.. chunks]);
    }
}
