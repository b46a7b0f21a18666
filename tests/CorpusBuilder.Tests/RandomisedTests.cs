using CorpusBuilder.Contract;
using CorpusBuilder.Corpus;
using CorpusBuilder.Derivation;
using CorpusBuilder.Randomised;
using CorpusBuilder.RealKpi;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

/// <summary>The layout randomiser: the same seed gives the same files, every option is drawn, and the gold files follow the documents' keys.</summary>
public sealed class RandomisedTests
{
    private const int Seed = 9001;
    private static readonly IReadOnlyList<CorpusEntry> Sample = RandomCorpus.Entries(Seed, 40);

    [Fact]
    public void The_same_seed_writes_the_same_documents_gold_files_and_manifest()
    {
        var again = RandomCorpus.Entries(Seed, 40);
        for (var i = 0; i < Sample.Count; i++)
        {
            again[i].RelativePath.Should().Be(Sample[i].RelativePath);
            again[i].File.Render().Should().Equal(Sample[i].File.Render(), Sample[i].RelativePath);
            ExpectedCsv.Write(again[i].Observations).Should().Equal(ExpectedCsv.Write(Sample[i].Observations));
        }
        CorpusWriter.Manifest(again).Should().Equal(CorpusWriter.Manifest(Sample));
    }

    [Fact]
    public void Another_seed_writes_other_documents()
    {
        var other = RandomCorpus.Entries(Seed + 1, 5);
        other.Select(e => e.Layout + e.Council).Should().NotEqual(Sample.Take(5).Select(e => e.Layout + e.Council));
    }

    [Fact]
    public void A_document_is_the_same_whatever_the_count()
    {
        var few = RandomCorpus.Entries(Seed, 3);
        few[2].File.Render().Should().Equal(Sample[2].File.Render());
    }

    [Fact]
    public void Every_document_is_valid_and_holds_the_tables_its_gold_file_counts()
    {
        foreach (var entry in Sample)
        {
            var bytes = entry.File.Render();
            entry.File.Problems(bytes).Should().BeEmpty(entry.RelativePath);
            entry.File.TableCount(bytes).Should().Be(entry.TableCount, entry.RelativePath);
            entry.Observations.Should().NotBeEmpty(entry.RelativePath);
            entry.Observations.Max(o => o.Table).Should().BeLessThanOrEqualTo(entry.TableCount);
        }
    }

    [Fact]
    public void Every_option_is_drawn_in_a_few_hundred_choices()
    {
        var choices = Enumerable.Range(0, 300).Select(i => RandomDocument.Choose(new SeededRandom($"options|{i}"))).ToList();

        choices.Select(c => c.Layout).Distinct().Should().BeEquivalentTo(Enum.GetValues<RandomLayout>());
        choices.Select(c => c.Rules).Distinct().Should().BeEquivalentTo(Enum.GetValues<Report.TableRules>());
        choices.Select(c => c.Rag).Distinct().Should().BeEquivalentTo(Enum.GetValues<RagStyle>());
        choices.Select(c => c.Dot).Distinct().Should().BeEquivalentTo(Enum.GetValues<DotStyle>());
        choices.Select(c => c.Legend).Distinct().Should().BeEquivalentTo(Enum.GetValues<LegendStyle>());
        choices.Select(c => c.Font).Distinct().Should().BeEquivalentTo(RandomDocument.Fonts);
        choices.Select(c => c.PeriodGroups).Distinct().Should().BeEquivalentTo([1, 2, 3]);
        foreach (var flag in new Func<RandomChoices, bool>[]
                 {
                     c => c.RagLegend, c => c.TwoRowHeader, c => c.LatestFirst, c => c.NarrowHeaders, c => c.SectionRows,
                     c => c.LongTable, c => c.RepeatHeader, c => c.PolarityColumn, c => c.Commentary, c => c.Owner,
                 })
            choices.Select(flag).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void The_manifest_names_the_options_each_document_drew()
    {
        var manifest = System.Text.Encoding.UTF8.GetString(CorpusWriter.Manifest(Sample)).Split('\n');

        manifest[0].Should().Be("path,council,period,format,layout,origin");
        foreach (var entry in Sample)
            manifest.Should().Contain(line => line.StartsWith(entry.RelativePath + ",", StringComparison.Ordinal)
                                              && line.Contains(entry.Layout, StringComparison.Ordinal) && line.EndsWith(",random", StringComparison.Ordinal));
        Sample.Select(e => e.Layout).Should().OnlyContain(l => l.StartsWith("random-table ", StringComparison.Ordinal) || l.StartsWith("random-kpi-boxes ", StringComparison.Ordinal));
    }

    [Fact]
    public void Arrows_mean_what_the_document_key_says_even_against_the_usual_meaning()
    {
        var reversed = 0;
        foreach (var o in Sample.Where(e => e.Layout.Contains("legend=value", StringComparison.Ordinal)).SelectMany(e => e.Observations).Where(o => o.Dot is not null))
        {
            var up = o.DotRaw is "↑" or "▲";
            var down = o.DotRaw is "↓" or "▼";
            if (!up && !down) { o.Dot.Should().Be(Direction.Same); continue; }
            // The figure went up: better only where higher is better.
            var better = up == (o.Polarity == Polarity.Higher);
            o.Dot.Should().Be(better ? Direction.Improving : Direction.Declining, $"{o.Document} {o.Indicator} {o.DotRaw} {o.Polarity}");
            if (up && o.Polarity == Polarity.Lower) reversed++;
        }
        reversed.Should().BePositive("the sample must hold an up arrow that means worse");

        foreach (var o in Sample.Where(e => e.Layout.Contains("legend=performance", StringComparison.Ordinal)).SelectMany(e => e.Observations).Where(o => o.Dot is not null))
            o.Dot.Should().Be(o.DotRaw is "↑" or "▲" ? Direction.Improving : o.DotRaw is "↓" or "▼" ? Direction.Declining : Direction.Same);
    }

    [Fact]
    public void Table_rag_follows_the_printed_key_against_target_and_actual()
    {
        var checkedRows = 0;
        foreach (var o in Sample.Where(e => e.Layout.StartsWith("random-table", StringComparison.Ordinal)).SelectMany(e => e.Observations)
                     .Where(o => o.Rag is not null && o.Target is not null && o.Actual is not null))
        {
            var lower = IsLower(o);
            var (t, a) = (o.Target!.Value, o.Actual!.Value);
            var expected = (lower ? a <= t : a >= t) ? Rag.Green : (lower ? a <= t * 1.05m : a >= t * 0.95m) ? Rag.Amber : Rag.Red;
            o.Rag.Should().Be(expected, $"{o.Document} {o.Indicator} {o.Period.Label}");
            checkedRows++;
        }
        checkedRows.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Every_document_prints_ligature_words()
    {
        foreach (var entry in Sample)
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(entry.File.Render()), false);
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            foreach (var pair in new[] { "fi", "ff", "fl" })
                text.Should().Contain(pair, entry.RelativePath);
        }
    }

    [Fact]
    public void Narrow_columns_are_too_narrow_for_their_header_word()
    {
        var narrowDocuments = Sample.Where(e => e.Layout.Contains("wrapped-headers", StringComparison.Ordinal)).ToList();
        narrowDocuments.Should().NotBeEmpty();
        foreach (var entry in narrowDocuments)
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(entry.File.Render()), false);
            var cells = doc.MainDocumentPart!.Document.Body!.Descendants<TableCell>()
                .Where(c => c.InnerText is "DoT" or "Status" or "Outturn")
                .Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            // Less than the word's width at 8 pt and up plus the cell's margins (216 twips): the printer must wrap it.
            cells.Should().Contain(w => w <= 760, entry.RelativePath);
        }
    }

    [Fact]
    public void A_kpi_report_gives_latest_and_previous_for_every_kpi_and_nothing_for_activity_charts()
    {
        foreach (var entry in KentRealEntries.All())
        {
            var kpis = KentRealEntries.Indicators.Where(k => !k.Activity).Select(k => k.Name).ToList();
            entry.Observations.Select(o => o.Indicator).Distinct().Should().BeEquivalentTo(kpis);
            entry.Observations.Should().HaveCount(2 * kpis.Count);
            foreach (var pair in entry.Observations.GroupBy(o => o.Indicator))
            {
                var (previous, latest) = (pair.First(), pair.Last());
                latest.Period.End.Should().BeAfter(previous.Period.End);
                latest.TargetRaw.Should().NotBeEmpty();
                latest.Dot.Should().NotBeNull();
                previous.Dot.Should().BeNull();
                pair.Should().OnlyContain(o => o.Rag != null && o.ActualRaw.Length > 0 && o.RagSource == RagSource.Text);
            }
            entry.Observations.Should().Contain(o => o.Period.Type == PeriodType.RollingTwelveMonths && o.Period.Label.StartsWith("12 months to ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_kpi_report_states_its_quarter_on_the_cover_and_draws_its_arrows()
    {
        var entry = KentRealEntries.All().Single(e => e.Period == "Q3 2024/25");
        using var doc = WordprocessingDocument.Open(new MemoryStream(entry.File.Render()), false);
        var body = doc.MainDocumentPart!.Document.Body!;

        body.InnerText.Should().Contain("Quarter 3 2024/25").And.Contain("Data to end of December 2024").And.Contain("Sep-23").And.Contain("Dec-24");
        body.InnerText.Should().NotContain("↑").And.NotContain("↓");
        body.Descendants<Drawing>().Should().HaveCountGreaterThan(KentRealEntries.Indicators.Count);
    }

    private static bool IsLower(Observation o) =>
        InventedIndicators.BySection.SelectMany(s => s.Indicators).Single(i => i.Name == o.Indicator).Polarity == Polarity.Lower;
}
