using Ingest.Core.Pipeline;
using Ingest.Core.Rules;

namespace Ingest.Extraction.Tests;

public sealed class CouncilContextTests
{
    private static readonly string[] Header = ["Indicator", "Polarity", "Target Q1 2023/24", "Actual Q1 2023/24", "RAG"];

    private static Core.Tables.DocumentContent Anonymous() => TableBuilder.Document("nameless.docx",
        ["Corporate Scorecard 2023-24"],
        new TableBuilder(5).Header(Header).Row("% of calls answered", "▲", "90%", "93%", "GREEN").Build());

    [Fact]
    public void A_document_with_indicators_but_no_council_fails_rather_than_guessing() =>
        FluentActions.Invoking(() => Rules.Extractor().Extract(Anonymous()))
            .Should().Throw<DocumentException>().WithMessage("*council not recognised*--council*");

    [Fact]
    public void The_user_can_name_the_council() =>
        Rules.Extractor().Extract(Anonymous(), new ExtractionOptions("harrow")).Observations
            .Should().ContainSingle().Which.Council.Should().Be("harrow");

    [Fact]
    public void A_new_council_and_its_header_words_are_a_rules_change_only()
    {
        // A layout the shipped rules do not know: "Our promise" / "Ambition" / "Where we are" headers, from "Anytown".
        var folder = Directory.CreateTempSubdirectory("ingest-rules-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RealRules.Directory.Path)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            File.AppendAllText(Path.Combine(folder, "councils.yaml"),
                "  - key: anytown\n    title: Anytown Borough Council\n    names: [Anytown Borough Council, Anytown]\n");
            var headers = File.ReadAllText(Path.Combine(folder, "headers.yaml"))
                .Replace("phrases: [target, tgt,", "phrases: [ambition, target, tgt,")
                .Replace("phrases: [actual, outturn,", "phrases: [where we are, actual, outturn,")
                .Replace("phrases: [indicator description, indicator,", "phrases: [our promise, indicator description, indicator,");
            File.WriteAllText(Path.Combine(folder, "headers.yaml"), headers);
            var document = TableBuilder.Document("anytown.docx", ["Anytown Borough Council", "Performance Q2 2024/25"],
                new TableBuilder(4).Header("Our promise", "Ambition", "Where we are", "RAG")
                    .Row("Missed bin collections per 100,000", "80", "65", "Green").Build());

            Rules.Extractor().Extract(document, new ExtractionOptions("anytown")).Observations.Should().BeEmpty(
                "the shipped rules know neither the headers nor, without --council, the council");
            var observation = ScorecardExtractor.FromRules(new RulesDirectory(folder)).Extract(document).Observations.Should().ContainSingle().Subject;
            observation.Council.Should().Be("anytown");
            observation.Target.Should().Be(80m);
            observation.Actual.Should().Be(65m);
            observation.Period.Label.Should().Be("Q2 2024/25");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
