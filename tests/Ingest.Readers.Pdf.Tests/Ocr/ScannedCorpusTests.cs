using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>corpus/scanned holds image-only twins of corpus PDFs (tools/make-scans.sh) with copies of their gold files.</summary>
public sealed class ScannedCorpusTests
{
    private static string Scanned => Path.Combine(RepositoryPaths.Corpus, "scanned");

    public static TheoryData<string> GoldCopies()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Scanned, "*.expected.csv")) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void At_least_three_layouts_are_scanned_including_havering() =>
        Directory.GetFiles(Scanned, "*.pdf").Select(Path.GetFileName).Should().HaveCountGreaterThanOrEqualTo(3)
            .And.Contain(n => n!.StartsWith("havering-", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(GoldCopies))]
    public void Each_gold_copy_equals_its_original(string name)
    {
        var council = name[..name.IndexOf('-', StringComparison.Ordinal)];
        var original = Path.Combine(RepositoryPaths.Corpus, council, name);
        File.Exists(original).Should().BeTrue($"{name} is a copy of corpus/{council}/{name}");
        File.ReadAllBytes(Path.Combine(Scanned, name)).Should().Equal(File.ReadAllBytes(original));
        File.Exists(Path.Combine(Scanned, name.Replace(".expected.csv", ".pdf", StringComparison.Ordinal))).Should().BeTrue();
    }
}
