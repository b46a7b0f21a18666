using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;
using Polly;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// Misspelled OCR words put right against a word list (<see cref="OcrSpelling"/>), with the confusions of
/// extraction-rules/scan.yaml; and Tesseract's own list unpacked (<see cref="OcrLexicon"/>).
/// </summary>
public sealed class OcrSpellingTests
{
    private static readonly string[] Words =
    [
        "average", "number", "of", "days", "to", "fix", "a", "traffic", "light", "fault", "percentage", "staff",
        "resulting", "in", "injury", "per", "residents", "collisions", "tragic", "pass", "past", "is", "it", "rolling", "months", "stuff", "rating", "raffin", "outturn", "outi", "stamp", "raff", "benefits",
    ];

    private static OcrSpelling Spelling(params string[] more) =>
        new(new OcrLexicon([.. Words, .. more]), ScanRules.Load(RealRules.Directory).Spelling);

    private static OcrWord Word(string text, double left, double right, int line = 1) => new(text, new BoundingBox(left, 10, right, 20), 80, line);

    [Theory]
    // Seed 2525's East Devon: the "ff" ligature read as two other letters.
    [InlineData("trairic", "traffic")]
    [InlineData("traitic", "traffic")]
    [InlineData("Trairic", "Traffic")]
    [InlineData("(trairic),", "(traffic),")]
    // ...and as "m" (East Devon's "office stam"), or "l" after a "t" read "i" ("sial:"); a "t" read for an "l".
    [InlineData("stum", "stuff")]
    [InlineData("sial:", "staff:")]
    [InlineData("_{rotling", "_{rolling")]
    // Seed 6161's South Ayrshire: the "fi" ligature read as "n" in a section heading ("Housing and Benents").
    [InlineData("Benents", "Benefits")]
    // Words of the list, names it does not know, and short words are left as read.
    [InlineData("traffic", "traffic")]
    [InlineData("Uttlesford", "Uttlesford")]
    [InlineData("TRAIRIC", "TRAIRIC")]
    [InlineData("pas", "pas")]
    [InlineData("12.5%", "12.5%")]
    // The pieces of a word wrapped in a narrow header (seed 2525's Harrow "Ratin" / "g", seed 6868's Newham "Outt" /
    // "urn"): each begins or ends a word of the list, and was made another ("Raffin", "Outi").
    [InlineData("Ratin", "Ratin")]
    [InlineData("Outt", "Outt")]
    [InlineData("stam", "stam")]
    public void A_word_not_in_the_list_becomes_the_one_word_its_confusions_make(string read, string meant) =>
        Spelling().Apply([Word(read, 10, 50)]).Should().ContainSingle().Which.Text.Should().Be(meant);

    [Fact]
    public void A_word_that_could_be_two_words_of_the_list_is_left_as_read()
    {
        // "tiil": "t" read for "f" and "i" for "l" make "fill"; "i" for "l" alone makes "till".
        Spelling("fill").Apply([Word("tiil", 10, 50)]).Single().Text.Should().Be("fill");
        Spelling("fill", "till").Apply([Word("tiil", 10, 50)]).Single().Text.Should().Be("tiil", "either word would be a guess");
    }

    [RequiresTesseractFact]
    public void Tesseracts_own_word_list_is_unpacked_and_cached()
    {
        var cache = Directory.CreateTempSubdirectory("ingest-lexicon-test-");
        try
        {
            var timeout = new ResiliencePipelineBuilder().AddTimeout(TimeSpan.FromMinutes(1)).Build();
            var (lexicon, problem) = OcrLexicon.Load("tesseract", "eng", cache.FullName, timeout, CancellationToken.None);

            problem.Should().BeNull();
            lexicon!.Count.Should().BeGreaterThan(100_000);
            lexicon.Contains("traffic").Should().BeTrue();
            lexicon.Contains("Appraisals").Should().BeTrue();
            lexicon.Contains("trairic").Should().BeFalse();
            cache.GetFiles("ocr-lexicon-eng-*.txt").Should().ContainSingle();
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    [Fact]
    public void Without_tesseracts_tools_there_is_no_list_and_the_reason_is_given()
    {
        var timeout = new ResiliencePipelineBuilder().AddTimeout(TimeSpan.FromMinutes(1)).Build();
        var (lexicon, problem) = OcrLexicon.Load("/nonexistent/tesseract", "eng", Path.GetTempPath(), timeout, CancellationToken.None);

        lexicon.Should().BeNull();
        problem.Should().Contain("tesseract-ocr");
    }
}
