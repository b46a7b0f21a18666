using CorpusBuilder.Contract;
using CorpusBuilder.Corpus;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Tests;

public sealed class ActionsTests
{
    private static CorpusEntry Strategic() =>
        CorpusEntries.All().Single(e => e.FileName == "harrow-strategic-performance-q2-2023-24.docx");

    [Fact]
    public void The_q2_report_lists_its_32_flagship_actions_under_their_status_rows()
    {
        var actions = Strategic().Actions!;

        actions.Should().HaveCount(32);
        actions.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(
            new Dictionary<string, int> { ["completed"] = 6, ["green"] = 18, ["amber"] = 7, ["red"] = 1 });
        actions.GroupBy(a => a.Section).Select(g => (g.Key, g.Count())).Should().Equal(
            ("A COUNCIL THAT PUTS ITS RESIDENTS FIRST", 10), ("A BOROUGH THAT IS CLEAN AND SAFE", 10),
            ("A PLACE WHERE THOSE IN NEED ARE SUPPORTED", 12));
        actions.Should().OnlyContain(a => a.PeriodLabel == "Q2 2023/24" && a.Council == "harrow");
    }

    [Fact]
    public void Each_action_points_at_the_row_that_prints_it()
    {
        var entry = Strategic();
        using var doc = WordprocessingDocument.Open(new MemoryStream(entry.File.Render()), false);
        var tables = doc.MainDocumentPart!.Document.Body!.Descendants<Table>().ToList();

        foreach (var action in entry.Actions!)
        {
            var row = tables[action.Table - 1].Elements<TableRow>().ElementAt(action.Row - 1);
            Ingest.Core.Tables.TextNormaliser.Collapse(row.InnerText).Should().EndWith(action.Text);
        }
    }

    [Fact]
    public void Action_text_is_whitespace_collapsed()
    {
        var cycle = Strategic().Actions!.Single(a => a.Text.StartsWith("Create safe and secure cycle parking", StringComparison.Ordinal));

        cycle.Text.Should().Be("Create safe and secure cycle parking at Harrow on the Hill station by May 2024 , encouraging more active travel and healthier lifestyles");
        (cycle.Table, cycle.Row, cycle.Status).Should().Be((1, 7, "green"));
    }

    [Fact]
    public void The_actions_file_has_the_contract_columns()
    {
        var csv = System.Text.Encoding.UTF8.GetString(ExpectedActionsCsv.Write(Strategic().Actions!));

        csv.Split('\n')[0].Should().Be("council,document,table,row,period_label,section,text,status");
    }
}
