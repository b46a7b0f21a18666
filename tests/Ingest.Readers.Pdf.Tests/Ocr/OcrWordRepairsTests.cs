using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>The scan rules' word repairs (<see cref="OcrWordRepairs"/>), as extraction-rules/scan.yaml has them.</summary>
public sealed class OcrWordRepairsTests
{
    [Theory]
    [InlineData("Ql", "Q1")]
    [InlineData("QI", "Q1")]
    [InlineData("Qi", "Q1")]
    [InlineData("Ql-", "Q1-")]
    [InlineData("Q1", "Q1")]
    [InlineData("Qld", "Qld")]
    [InlineData("Quality", "Quality")]
    [InlineData("Qi;", "Q1")]
    [InlineData("Q4;", "Q4")]
    // Seed 6161's Moray read "QL:", its Bath and North East Somerset the "l" of "Actual Q4" into the quarter.
    [InlineData("QL:", "Q1:")]
    [InlineData("1Q4", "Q4")]
    [InlineData("1Q4-", "Q4-")]
    [InlineData("1Q", "1Q")]
    [InlineData("21Q4", "21Q4")]
    [InlineData("Outtum", "Outturn")]
    [InlineData("Outturm", "Outturn")]
    [InlineData("Outturn", "Outturn")]
    [InlineData("Tet", "Tgt")]
    [InlineData("Tat", "Tgt")]
    [InlineData("Tets", "Tets")]
    // Seed 6868's Argyll and Bute read a wrapped "2022/" as "2022!", and seed 2121's South Cambridgeshire its
    // chart's line under a KPI box's title as "_profile".
    [InlineData("2022!", "2022/")]
    [InlineData("2022!23", "2022/23")]
    [InlineData("Wow!", "Wow!")]
    [InlineData("12!", "12!")]
    [InlineData("_profile", "profile")]
    [InlineData("__circumstances", "circumstances")]
    [InlineData("_", "_")]
    [InlineData("a_b", "a_b")]
    [InlineData("Q4_—_", "Q4")]
    [InlineData("Q4_", "Q4")]
    [InlineData("—", "—")]
    public void A_misreading_no_word_is_spelled_with_is_put_right_and_words_are_left(string read, string repaired)
    {
        var repairs = new OcrWordRepairs(ScanRules.Load(RealRules.Directory).WordRepairs);
        var word = new OcrWord(read, new BoundingBox(10, 10, 30, 20), 90, 1);

        repairs.Apply([word]).Should().ContainSingle().Which.Text.Should().Be(repaired);
    }

    [Fact]
    public void A_word_whose_repair_cut_letters_off_keeps_the_box_of_the_letters_left()
    {
        // Seed 6868's Isles of Scilly: "Q4" and a header rule read as one word "Q4_—_", boxed up to the next header.
        var repairs = new OcrWordRepairs(ScanRules.Load(RealRules.Directory).WordRepairs);

        var quarter = repairs.Apply([new OcrWord("Q4_—_", new BoundingBox(383.4, 158.8, 406.0, 173.7), 29, 8)]).Should().ContainSingle().Subject;
        var word = repairs.Apply([new OcrWord("_profile", new BoundingBox(100, 10, 140, 20), 90, 1)]).Should().ContainSingle().Subject;

        quarter.Text.Should().Be("Q4");
        (quarter.Box.Left, quarter.Box.Right).Should().Be((383.4, 383.4 + 2 * 22.6 / 5));
        word.Box.Left.Should().Be(105);
        word.Box.Right.Should().Be(140);
    }

    [Theory]
    [InlineData("nQi", "n|Q1")]
    [InlineData("nQ2", "n|Q2")]
    [InlineData("OuttumQi", "Outturn|Q1")]
    [InlineData("RAGQ2-2019/20", "RAG|Q2-2019/20")]
    [InlineData("m Qi", "m|Q1")]
    [InlineData("Quarter", "Quarter")]
    [InlineData("HQ", "HQ")]
    [InlineData("Q3", "Q3")]
    public void Letters_run_into_a_quarter_are_split_from_it_each_part_boxed_by_its_letters(string read, string repaired)
    {
        // Seed 1919's Wyre Forest read the wrapped "Outtur" / "n Q1" header's second line as "nQi", so the column
        // had no quarter and every figure under it was lost.
        var repairs = new OcrWordRepairs(ScanRules.Load(RealRules.Directory).WordRepairs);
        var word = new OcrWord(read, new BoundingBox(10, 10, 10 + 5 * read.Length, 20), 90, 1);

        var parts = repairs.Apply([word]);

        string.Join("|", parts.Select(p => p.Text)).Should().Be(repaired);
        parts.Should().OnlyContain(p => p.Line == 1 && p.Box.Top == 10 && p.Box.Bottom == 20);
        parts.Zip(parts.Skip(1)).Should().NotContain(pair => pair.First.Box.Right >= pair.Second.Box.Left);
        parts[0].Box.Left.Should().Be(10);
        parts[^1].Box.Right.Should().Be(word.Box.Right);
    }

    [Fact]
    public void A_year_wrapped_under_its_first_half_gets_its_slash_back_and_other_figures_are_left()
    {
        // Seed 1919's Torbay: "2023" / "/24" in a narrow header cell, the slash read as a "1".
        var year = new OcrWord("2023", new BoundingBox(100, 100, 124, 107), 96, 1);
        var tail = new OcrWord("124", new BoundingBox(104, 110, 119, 118), 74, 2);
        var figure = new OcrWord("124", new BoundingBox(104, 140, 119, 148), 90, 3);
        var notNext = new OcrWord("2021", new BoundingBox(200, 100, 224, 107), 96, 4);
        var underNotNext = new OcrWord("123", new BoundingBox(204, 110, 219, 118), 90, 5);
        var quarterAndYear = new OcrWord("Q4-2022", new BoundingBox(300, 100, 340, 107), 96, 6);
        var itsTail = new OcrWord("l23", new BoundingBox(320, 110, 335, 118), 70, 7);

        var read = OcrWrappedYears.Apply([year, tail, figure, notNext, underNotNext, quarterAndYear, itsTail]);

        read.Select(w => w.Text).Should().Equal("2023", "/24", "124", "2021", "123", "Q4-2022", "/23");
    }
}
