using Ingest.Cli.Commands;

namespace Ingest.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class CouncilOptionTests
{
    private static readonly string Scorecard = Path.Combine(RepositoryPaths.Corpus, "harrow", "harrow-corporate-scorecard-q1-2023-24.docx");

    [Theory]
    [InlineData("harrow")]
    [InlineData("Harrow")]
    [InlineData("HARROW")]
    [InlineData("E09000015")]
    [InlineData("london borough of harrow")]
    public void Any_spelling_of_a_council_extracts_under_its_one_key(string given)
    {
        var (exit, output, _) = Run(["extract", Scorecard, "--council", given]);

        exit.Should().Be(ExitCodes.Ok);
        var councils = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        councils.Should().Equal("harrow");
    }

    [Fact]
    public void An_unknown_council_is_a_one_line_error_naming_the_closest()
    {
        var (exit, output, error) = Run(["extract", Scorecard, "--council", "Harow"]);

        exit.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        var line = error.Split('\n')[0];
        line.Should().StartWith("error: council 'Harow' is not known").And.Contain("closest: ").And.Contain("harrow");
        error.Should().NotContain("   at ", "no stack trace");
    }

    [Theory]
    [InlineData("E08000002", "bury")]
    [InlineData("Kingston upon Hull, City of", "kingston-upon-hull")]
    [InlineData("kingston upon hull", "kingston-upon-hull")]
    [InlineData("Vale of Glamorgan", "vale-of-glamorgan")]
    [InlineData("KENT", "kent")]
    public void A_register_council_is_accepted_by_code_or_ons_name_without_a_conventions_entry(string given, string key) =>
        CouncilArgument.Resolve(given, null).Should().Be((key, (string?)null));

    private static (int Exit, string Output, string Error) Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        int exit;
        try { exit = Program.Main(args); }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
        return (exit, output.ToString(), error.ToString());
    }
}
