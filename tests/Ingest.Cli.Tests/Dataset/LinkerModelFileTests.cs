using System.IO.Compression;
using Ingest.Cli.Commands;

namespace Ingest.Cli.Tests.Dataset;

/// <summary>The linker's model file broken or gone: one line saying so, never a stack trace.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LinkerModelFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-model-").FullName;
    private readonly string _rules;

    public LinkerModelFileTests()
    {
        _rules = Path.Combine(_dir, "extraction-rules");
        var source = Path.Combine(RepositoryPaths.Root, "extraction-rules");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_rules, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string Model => Path.Combine(_rules, "models", "indicator-linker.zip");

    private static string Report => Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "brent"), "*.docx").Order(StringComparer.Ordinal).First();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(new StringWriter());
        Console.SetError(error);
        try
        {
            return (Program.Main(args), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    [Theory]
    [InlineData("run")]
    [InlineData("extract")]
    [InlineData("eval")]
    public void A_corrupt_model_is_one_line_naming_the_file_and_the_fix(string command)
    {
        File.WriteAllText(Model, "not a zip at all");
        string[] args = command switch
        {
            "run" => ["run", Report, "--db", Path.Combine(_dir, "x.db"), "--rules", _rules],
            "extract" => ["extract", Report, "--rules", _rules, "--format", "csv"],
            _ => ["eval", Path.Combine(RepositoryPaths.Corpus, "brent"), "--rules", _rules],
        };

        var (exit, error) = Run(args);

        exit.Should().Be(ExitCodes.SomeFailed);
        error.TrimEnd().Should().NotContain("\n").And.StartWith("error: ").And.Contain(Model).And.Contain("make train-linker");
    }

    [Fact]
    public void A_zip_that_is_not_a_model_is_refused_in_one_line_too()
    {
        File.Delete(Model);
        using (var zip = ZipFile.Open(Model, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry("Model/Model.key").Open()))
            writer.Write("something else entirely\nover two lines");

        var (exit, error) = Run("run", Report, "--db", Path.Combine(_dir, "x.db"), "--rules", _rules);

        exit.Should().Be(ExitCodes.SomeFailed);
        error.TrimEnd().Should().NotContain("\n").And.Contain("not an indicator linker model");
    }

    [Fact]
    public void A_missing_model_warns_once_and_loads_with_the_catalogue_alone()
    {
        File.Delete(Model);
        var db = Path.Combine(_dir, "x.db");

        var (exit, error) = Run("run", Report, "--db", db, "--rules", _rules);

        exit.Should().Be(ExitCodes.Ok);
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().StartWith("warning: no indicator linker model").And.Contain("make train-linker");
        Ingest.Store.CurrentSeries.Names(db).Should().NotBeEmpty();
    }
}
