using System.Diagnostics;
using Ingest.Core.Pipeline;
using Ingest.Readers.Docx;
using Ingest.Readers.Legacy;
using static Ingest.Readers.Tests.DocxFixture;

namespace Ingest.Readers.Tests.Legacy;

public sealed class LibreOfficeConverterTests : IDisposable
{
    private readonly DirectoryInfo _target = Directory.CreateTempSubdirectory("converted-");
    private readonly string _input;

    public LibreOfficeConverterTests()
    {
        _input = Path.Combine(_target.FullName, "input", "scorecard.doc");
        Directory.CreateDirectory(Path.GetDirectoryName(_input)!);
        File.WriteAllBytes(_input, [0xD0, 0xCF, 0x11, 0xE0]);
    }

    public void Dispose() => _target.Delete(recursive: true);

    private string Output => Path.Combine(_target.FullName, "out");

    private static byte[] Scorecard() =>
        new DocxFixture().Add(Tbl(Tr("Indicator Description", "RAG"), Tr("Complaints answered within timescale", "GREEN"))).Build();

    [Fact]
    public void A_missing_soffice_names_the_package_to_install()
    {
        var converter = new LibreOfficeConverter(new LibreOfficeOptions(Path.Combine(_target.FullName, "no-such-soffice")));

        var act = () => converter.Convert(_input, Output);

        act.Should().Throw<DocumentException>().WithMessage(
            "LibreOffice is needed for .doc files: install the Debian package libreoffice-writer-nogui (make setup-full)");
    }

    [Fact]
    public void A_failed_attempt_is_tried_once_more_with_a_fresh_private_profile()
    {
        using var fake = FakeSoffice.Failing(succeedOnAttempt: 2, Scorecard());

        var converted = new LibreOfficeConverter(new LibreOfficeOptions(fake.Executable)).Convert(_input, Output);

        converted.Should().Be(Path.Combine(Output, "scorecard.docx"));
        new DocxReader(TestRules.SymbolFonts).Read(DocumentSources.FromFile(converted), File.OpenRead(converted))
            .Tables.Should().ContainSingle();
        fake.Attempts.Should().HaveCount(2);
        var profiles = fake.Attempts.Select(ProfileOf).ToList();
        profiles.Should().OnlyHaveUniqueItems("parallel workers must never share LibreOffice's profile lock");
        profiles.Should().AllSatisfy(p => Directory.Exists(p).Should().BeFalse("each attempt's temporary folder is deleted"));
        fake.Attempts[0].Should().Contain("--headless").And.Contain("--norestore").And.Contain("--convert-to docx").And.EndWith(_input);
    }

    [Fact]
    public void A_conversion_that_fails_twice_gives_libreoffices_reason_in_one_line()
    {
        using var fake = FakeSoffice.Failing(succeedOnAttempt: int.MaxValue, Scorecard());

        var act = () => new LibreOfficeConverter(new LibreOfficeOptions(fake.Executable)).Convert(_input, Output);

        act.Should().Throw<DocumentException>()
            .WithMessage("LibreOffice could not convert the file: Error: source file could not be loaded");
        fake.Attempts.Should().HaveCount(2, "one retry, no more");
        Directory.Exists(Output).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(Output).Should().BeEmpty();
    }

    [Fact]
    public void A_hanging_conversion_is_killed_with_its_children_at_the_timeout_and_tried_once_more()
    {
        using var fake = FakeSoffice.Hanging();
        var converter = new LibreOfficeConverter(new LibreOfficeOptions(fake.Executable, TimeSpan.FromSeconds(1)));
        var clock = Stopwatch.StartNew();

        var act = () => converter.Convert(_input, Output);

        act.Should().Throw<DocumentException>()
            .WithMessage("LibreOffice did not convert the file within 1 s (it is too large or malformed)");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        fake.Attempts.Should().HaveCount(2);
        var pids = File.ReadAllLines(fake.PidsLog).Select(int.Parse).ToList();
        pids.Should().HaveCount(4, "two attempts, each a script and its sleeping child");
        pids.Should().AllSatisfy(pid => IsRunning(pid).Should().BeFalse($"process {pid} must not outlive the timeout"));
    }

    [Fact]
    public void Cancelling_stops_the_conversion_without_a_retry()
    {
        using var fake = FakeSoffice.Hanging();
        var converter = new LibreOfficeConverter(new LibreOfficeOptions(fake.Executable));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        var act = () => converter.Convert(_input, Output, cancel.Token);

        act.Should().Throw<OperationCanceledException>();
        fake.Attempts.Should().ContainSingle();
    }

    [RequiresLibreOfficeFact]
    public void The_real_libreoffice_converts_a_committed_doc_to_a_docx_word_reads()
    {
        var converted = new LibreOfficeConverter().Convert(LegacyCorpus.HaveringDoc, Output);

        Path.GetExtension(converted).Should().Be(".docx");
        var content = new DocxReader(TestRules.SymbolFonts).Read(DocumentSources.FromFile(converted), File.OpenRead(converted));
        content.Tables.Should().NotBeEmpty();
        Directory.EnumerateFiles(Output).Should().ContainSingle("only the converted document is left behind");
    }

    [RequiresLibreOfficeFact]
    public void A_doc_with_a_damaged_body_fails_with_libreoffices_one_line_reason()
    {
        // Overwrite the text and tables but keep the compound file's directory (at the end), so only LibreOffice can tell.
        var bytes = File.ReadAllBytes(LegacyCorpus.HarrowScorecardDoc);
        var directory = bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("WordDocument"));
        directory.Should().BeGreaterThan(10_000);
        for (var i = 2000; i < directory - 2000; i += 3) bytes[i] = (byte)(bytes[i] * 31 + 7);
        File.WriteAllBytes(_input, bytes);

        var act = () => new LibreOfficeConverter().Convert(_input, Output);

        act.Should().Throw<DocumentException>().Which.Message.Should()
            .StartWith("LibreOffice could not convert the file: ").And.NotContain("\n").And.NotContain("javaldx");
    }

    [RequiresLibreOfficeFact]
    public void Two_conversions_at_once_do_not_wait_on_each_other()
    {
        var converter = new LibreOfficeConverter();
        var outputs = new[] { Path.Combine(Output, "a"), Path.Combine(Output, "b") };

        var converted = outputs.AsParallel().Select(dir => converter.Convert(LegacyCorpus.HarrowScorecardDoc, dir)).ToList();

        converted.Should().AllSatisfy(path => new FileInfo(path).Length.Should().BeGreaterThan(10_000));
    }

    private static string ProfileOf(string arguments)
    {
        const string option = "-env:UserInstallation=";
        var start = arguments.IndexOf(option, StringComparison.Ordinal) + option.Length;
        var end = arguments.IndexOf(' ', start);
        return new Uri(arguments[start..end]).LocalPath;
    }

    // A killed child may linger as a zombie until its new parent reaps it; that is not running.
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
