using System.Security.Cryptography;
using System.Text;

namespace Ingest.Readers.Tests;

public sealed class DocumentSourcesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ingest-sources-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_is_identified_by_name_size_hash_and_format()
    {
        var bytes = Encoding.UTF8.GetBytes("Appendix 2 - Corporate Scorecard 2023-24");
        var path = Path.Combine(_folder, "Harrow-Scorecard-Q1-2023-24.DOCX");
        File.WriteAllBytes(path, bytes);

        var source = DocumentSources.FromFile(path);

        source.FileName.Should().Be("Harrow-Scorecard-Q1-2023-24.DOCX");
        source.Path.Should().Be(Path.GetFullPath(path));
        source.Length.Should().Be(bytes.Length);
        source.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        source.Format.Should().Be("docx");
    }

    [Fact]
    public void The_hash_of_a_known_content_is_the_published_sha256()
    {
        var path = Path.Combine(_folder, "abc.txt");
        File.WriteAllText(path, "abc");

        DocumentSources.FromFile(path).Sha256.Should().Be("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void A_file_larger_than_one_read_buffer_is_hashed_whole()
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        var path = Path.Combine(_folder, "big.pdf");
        File.WriteAllBytes(path, bytes);

        var source = DocumentSources.FromFile(path);

        source.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        source.Length.Should().Be(300_000);
        source.Format.Should().Be("pdf");
    }

    [Fact]
    public void A_file_without_an_extension_has_an_empty_format()
    {
        var path = Path.Combine(_folder, "README");
        File.WriteAllText(path, "");

        DocumentSources.FromFile(path).Format.Should().BeEmpty();
    }
}
