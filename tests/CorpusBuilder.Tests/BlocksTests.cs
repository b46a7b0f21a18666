using System.Text.RegularExpressions;
using CorpusBuilder.Corpus;
using CorpusBuilder.KpiBlocks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

/// <summary>The KPI-block layout (issue 4, item 8): each KPI printed as a block, a summary table of RAG ratings.</summary>
public sealed partial class BlocksTests
{
    private static readonly IReadOnlyList<CorpusEntry> Entries = KpiBlockEntries.All();

    private static CorpusEntry Q4 => Entries.Single(e => e.Period == "Q4 2023/24");

    private static WordprocessingDocument Open(CorpusEntry entry) => WordprocessingDocument.Open(new MemoryStream(entry.File.Render()), false);

    private static List<string> Paragraphs(WordprocessingDocument doc) => doc.MainDocumentPart!.Document.Body!
        .Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();

    [Fact]
    public void Three_quarters_are_reported_in_Word_with_the_layout_in_the_manifest()
    {
        Entries.Select(e => e.RelativePath).Should().Equal(
            "kent/kent-quarterly-performance-report-q3-2023-24.docx", "kent/kent-quarterly-performance-report-q4-2023-24.docx",
            "kent/kent-quarterly-performance-report-q1-2024-25.docx");
        Entries.Should().OnlyContain(e => e.Layout == "kpi-blocks-with-summary-table" && e.Origin == CorpusEntry.Derived && e.Council == "kent");
    }

    [Fact]
    public void Every_KPI_is_a_title_ending_with_its_RAG_word_then_a_labelled_values_line_then_a_chart()
    {
        using var doc = Open(Q4);
        var paragraphs = Paragraphs(doc);
        var titles = paragraphs.Select((text, i) => (text, i)).Where(p => TitleRag().IsMatch(p.text)).ToList();

        titles.Should().HaveCount(12);
        foreach (var (_, i) in titles) ValuesLine().IsMatch(paragraphs[i + 1]).Should().BeTrue(paragraphs[i + 1]);
        doc.MainDocumentPart!.ImageParts.Should().HaveCount(12, "one chart per KPI");
        paragraphs.Should().Contain(p => p.Contains("Target: ") && p.Contains("%,  Floor: "), "some blocks put a comma after the target, as the issue's example does");
    }

    [Fact]
    public void The_gold_has_the_latest_and_previous_quarter_of_every_KPI_from_the_printed_figures()
    {
        using var doc = Open(Q4);
        var paragraphs = Paragraphs(doc);
        Q4.Observations.Should().HaveCount(24);
        foreach (var latest in Q4.Observations.Where(o => o.Period.Label == "Q4 2023/24"))
        {
            var title = paragraphs.FindIndex(p => p.Contains(": " + latest.Indicator + " ", StringComparison.Ordinal));
            title.Should().BeGreaterThan(0, latest.Indicator);
            paragraphs[title].Should().EndWith(" " + latest.Rag!.Value.ToString().ToUpperInvariant());
            var values = ValuesLine().Match(paragraphs[title + 1]);
            values.Groups["latest"].Value.Should().Be(latest.ActualRaw);
            values.Groups["target"].Value.Should().Be(latest.TargetRaw);

            var previous = Q4.Observations.Single(o => o.IndicatorKey == latest.IndicatorKey && o.Period.Label == "Q3 2023/24");
            values.Groups["previous"].Value.Should().Be(previous.ActualRaw);
            values.Groups["rag"].Value.Should().Be(previous.Rag.ToString());
            previous.TargetRaw.Should().BeEmpty("the block prints no target for the previous quarter");
            previous.Commentary.Should().BeEmpty();
            latest.Commentary.Should().Be(paragraphs[title + 2], "the chart has no text; the commentary follows it");
        }
    }

    [Fact]
    public void The_RAG_follows_the_key_target_met_green_floor_met_amber_else_red()
    {
        foreach (var entry in Entries)
        foreach (var latest in entry.Observations.Where(o => o.TargetRaw.Length > 0))
        {
            var floor = KpiBlockIndicators.All.Single(k => k.Name == latest.Indicator).Floor;
            var meets = (decimal standard) => latest.Polarity == Polarity.Lower ? latest.Actual <= standard : latest.Actual >= standard;
            latest.Rag.Should().Be(meets(latest.Target!.Value) ? Rag.Green : meets(floor) ? Rag.Amber : Rag.Red, latest.Indicator);
        }
        Entries.SelectMany(e => e.Observations).Select(o => o.Rag).Distinct().Should().HaveCount(3, "every RAG occurs");
    }

    [Fact]
    public void The_summary_table_lists_each_KPI_with_the_previous_and_latest_RAG_the_gold_has()
    {
        using var doc = Open(Q4);
        var table = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        rows[0].Elements<TableCell>().Select(c => c.InnerText).Should().Equal("Ref", "Key Performance Indicator", "Q3 2023/24 RAG", "Q4 2023/24 RAG");
        foreach (var o in Q4.Observations)
        {
            var cells = rows[o.Row - 1].Elements<TableCell>().Select(c => c.InnerText).ToList();
            cells[1].Should().Be(o.Indicator);
            cells[o.Period.Label == "Q3 2023/24" ? 2 : 3].Should().Be(o.Rag!.Value.ToString().ToUpperInvariant());
        }
    }

    [Theory]
    [InlineData("Q3 2023/24", "Q4 2023/24")]
    [InlineData("Q4 2023/24", "Q1 2024/25")]
    public void Each_report_repeats_the_report_befores_latest_figures_as_its_previous_ones(string earlier, string later)
    {
        var latest = Entries.Single(e => e.Period == earlier).Observations.Where(o => o.Period.Label == earlier).ToList();
        var previous = Entries.Single(e => e.Period == later).Observations.Where(o => o.Period.Label == earlier).ToList();

        previous.Should().HaveCount(12);
        previous.Select(o => (o.IndicatorKey, o.Actual, o.Rag)).Should().Equal(latest.Select(o => (o.IndicatorKey, o.Actual, o.Rag)));
    }

    [Fact]
    public void The_PDF_twins_are_committed_beside_the_Word_files()
    {
        foreach (var entry in Entries)
        {
            var pdf = Path.Combine(CorpusFolder(), Path.ChangeExtension(entry.RelativePath, ".pdf"));
            File.Exists(pdf).Should().BeTrue(pdf);
            File.ReadAllBytes(pdf).AsSpan(0, 5).ToArray().Should().Equal("%PDF-"u8.ToArray());
        }
    }

    private static string CorpusFolder([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "corpus"));

    [GeneratedRegex(@"^[A-Z]+\d+: .+ (GREEN|AMBER|RED)$")]
    private static partial Regex TitleRag();

    [GeneratedRegex(@"^Latest: (?<latest>\S+) {2}Target: (?<target>[^,\s]+),? {2}Floor: \S+ {2}Previous: (?<previous>\S+) \((?<rag>Green|Amber|Red)\)$")]
    private static partial Regex ValuesLine();
}
