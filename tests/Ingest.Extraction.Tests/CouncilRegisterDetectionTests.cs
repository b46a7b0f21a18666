using Ingest.Extraction.Context;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction.Tests;

public sealed class CouncilRegisterDetectionTests
{
    private static readonly CouncilDetector Detector = new(CouncilRulesLoader.Load(RealRules.Directory));

    private static string? Detect(params string[] paragraphs) =>
        Detector.Detect(TableBuilder.Document("report.docx", paragraphs))?.Key;

    [Theory]
    [InlineData("bury", "Bury Council", "Corporate performance report, quarter 2")]
    [InlineData("bury", "Performance of the Metropolitan Borough of Bury, 2024/25")]
    [InlineData("rugby", "Rugby Borough Council", "Quarterly performance")]
    [InlineData("cardiff", "Cyngor Caerdydd", "Adroddiad perfformiad")]
    [InlineData("stockton-on-tees", "Stockton-on-Tees Borough Council: council plan scorecard")]
    public void A_council_known_only_to_the_register_is_recognised_by_its_phrases(string key, params string[] paragraphs) =>
        Detect(paragraphs).Should().Be(key);

    [Fact]
    public void Bare_place_names_that_are_ordinary_words_claim_no_council()
    {
        Detect("Visits to Bury St Edmunds market", "Reading age at 11", "Hart Street depot", "Rugby pitches booked",
            "Halton Lea library", "Eden project visitors", "Wells and springs tested").Should().BeNull();
    }

    [Fact]
    public void The_longer_phrase_names_the_council_it_belongs_to()
    {
        // "North Somerset Council" holds "Somerset Council"; it is North Somerset's report, not Somerset's.
        Detect("North Somerset Council", "North Somerset Council performance scorecard").Should().Be("north-somerset");
    }

    [Fact]
    public void A_name_broken_across_lines_still_names_the_council() =>
        Detect("London Borough of\nBarnet performance report").Should().Be("barnet");

    [Fact]
    public void The_conventions_file_keeps_its_bare_names_and_the_register_adds_its_phrases()
    {
        Detect("Harrow: corporate scorecard").Should().Be("harrow");
        Detect("Harrow London Borough Council").Should().Be("harrow");
        Detect("KCC quarterly performance report").Should().Be("kent");
    }

    [Theory]
    [InlineData("Harrow")]
    [InlineData("HARROW")]
    [InlineData("E09000015")]
    [InlineData("London Borough of Harrow")]
    public void A_council_given_by_name_or_code_is_stored_under_its_key(string given)
    {
        var document = TableBuilder.Document("nameless.docx", ["Corporate Scorecard 2023-24"],
            new TableBuilder(5).Header("Indicator", "Polarity", "Target Q1 2023/24", "Actual Q1 2023/24", "RAG")
                .Row("% of calls answered", "▲", "90%", "93%", "GREEN").Build());

        Rules.Extractor().Extract(document, new ExtractionOptions(given)).Observations
            .Should().ContainSingle().Which.Council.Should().Be("harrow");
    }
}
