using System.Diagnostics;
using System.Text;
using Ingest.Cli.Commands;
using Ingest.Cli.Evaluation;
using Ingest.Pipeline;

namespace Ingest.Cli.Tests.Readme;

/// <summary>
/// The README's accuracy tables and example output are what the code measures and prints today, so they cannot
/// drift. A difference fails with the fresh text; rewriting the README is an explicit, reviewed step: run these
/// tests with INGEST_UPDATE_README=1 and review the diff.
/// </summary>
public sealed class ReadmeSectionsTests
{
    private static readonly ReadmeSection Example = new("example-output");

    /// <summary>The commands the README shows, as it shows them (the database and chart are written to a temporary folder).</summary>
    private static readonly string[][] ExampleCommands =
    [
        ["compare", "ehcp-issued-within-20-weeks", "--db", "/tmp/readme.db"],
        ["trend", "households-in-temporary-accommodation", "--council", "harrow", "--db", "/tmp/readme.db", "--chart", "ta.svg"],
        ["check", "--db", "/tmp/readme.db"],
    ];

    private static readonly string[] ExampleFolders = ["brent", "checks", "harrow", "havering", "kent"];

    [RequiresCorpusToolsFact]
    public void The_readme_accuracy_section_is_what_a_fresh_eval_of_the_corpus_measures()
    {
        var report = new GoldEvaluator(new IngestPipelineBuilder().UseRules(RealRules.Directory).Build()).EvaluateAll(RepositoryPaths.Corpus);
        var layouts = EvalCommand.Layouts(RepositoryPaths.Corpus);

        Matches(ReadmeAccuracy.Section, ReadmeAccuracy.Render(report, document => EvalCommand.LayoutOf(document, layouts)));
    }

    // The corpus folders hold .doc, .rtf and .odt twins, read through LibreOffice.
    [RequiresLibreOfficeFact]
    public void The_readme_example_output_is_what_the_commands_print()
    {
        var folder = Directory.CreateTempSubdirectory("ingest-readme-").FullName;
        try
        {
            var db = Path.Combine(folder, "readme.db");
            Ingest(["run", .. ExampleFolders.Select(f => Path.Combine(RepositoryPaths.Corpus, f)), "--db", db, "--workers", "2"]);
            var text = new StringBuilder("```\n");
            foreach (var command in ExampleCommands)
            {
                var actual = command.Select(a => a == "/tmp/readme.db" ? db : a == "ta.svg" ? Path.Combine(folder, a) : a).ToArray();
                text.Append("$ ingest ").AppendJoin(' ', command).Append('\n');
                text.Append(Ingest(actual).Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).TrimEnd('\n')).Append("\n\n");
            }
            text.Length--;
            text.Append("```\n");

            Matches(Example, text.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Only_the_text_between_the_markers_is_replaced()
    {
        var section = new ReadmeSection("numbers");
        var readme = $"# Title\n\nbefore\n{section.Begin}\nold table\n{section.End}\nafter\n";

        var replaced = section.Replace(readme, "| new |\n");

        replaced.Should().Be($"# Title\n\nbefore\n{section.Begin}\n| new |\n{section.End}\nafter\n");
        section.Current(replaced).Should().Be("| new |\n");
    }

    [Fact]
    public void A_readme_without_the_markers_is_an_error_not_a_silent_pass()
    {
        var act = () => new ReadmeSection("numbers").Current("# Title\nno markers\n");

        act.Should().Throw<InvalidDataException>().WithMessage("*numbers section*");
    }

    private static void Matches(ReadmeSection section, string fresh)
    {
        var readme = File.ReadAllText(RepositoryPaths.Readme);
        if (Environment.GetEnvironmentVariable(ReadmeSection.UpdateVariable) == "1")
            File.WriteAllText(RepositoryPaths.Readme, section.Replace(readme, fresh));
        else
            section.Current(readme).Should().Be(fresh,
                $"the README's {section.Name} section must be what the code gives today; review the fresh text and rewrite it with {ReadmeSection.UpdateVariable}=1:\n{fresh}");
    }

    /// <summary>The ingest program as a user runs it, in its own process: its standard output, as printed without a terminal.</summary>
    private static string Ingest(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ingest.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["COLUMNS"] = "160";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().BeOneOf([ExitCodes.Ok], $"ingest {string.Join(' ', arguments)} failed: {errors.Result}");
        return output.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
