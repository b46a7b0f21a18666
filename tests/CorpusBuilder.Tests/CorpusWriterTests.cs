using CorpusBuilder.Corpus;

namespace CorpusBuilder.Tests;

public sealed class CorpusWriterTests
{
    [Fact]
    public void Writing_leaves_files_it_did_not_write_alone()
    {
        var root = Path.Combine(Path.GetTempPath(), "corpus2-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            var entries = CorpusEntries.All().Where(e => e.FileName.StartsWith("harrow-performance-morning-q3", StringComparison.Ordinal)).ToList();
            var pdf = Path.Combine(root, "harrow", "harrow-performance-morning-q3-2009-10.pdf");
            Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
            File.WriteAllText(pdf, "added by someone else");

            new CorpusWriter(root, TextWriter.Null).Write(entries);

            File.ReadAllText(pdf).Should().Be("added by someone else");
            Directory.GetFiles(Path.Combine(root, "harrow")).Select(Path.GetFileName).Should().BeEquivalentTo(
                "harrow-performance-morning-q3-2009-10.pdf", "harrow-performance-morning-q3-2009-10.docx",
                "harrow-performance-morning-q3-2009-10.html", "harrow-performance-morning-q3-2009-10.expected.csv");
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Renderings_that_share_a_gold_file_must_expect_the_same_observations()
    {
        var docx = CorpusEntries.All().First(e => e.FileName == "brent-borough-plan-performance-q3-2023-24.docx");
        var html = CorpusEntries.All().First(e => e.FileName == "brent-borough-plan-performance-q3-2023-24.html");

        var act = () => CorpusRules.Check([docx, html with { Observations = docx.Observations.Skip(1).ToList() }]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*shares*");
        CorpusRules.Check([docx, html]);
    }
}
