using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>The scan rules' word repairs (<see cref="OcrWordRepairs"/>), as extraction-rules/scan.yaml has them.</summary>
public sealed class OcrWordRepairsTests
{
    [Theory]
    [InlineData("Ql", "Q1")]
    [InlineData("QI", "Q1")]
    [InlineData("Qi", "Q1")]
    [InlineData("Ql-", "Q1-")]
    [InlineData("Q1", "Q1")]
    [InlineData("Qld", "Qld")]
    [InlineData("Quality", "Quality")]
    public void A_quarter_read_with_a_letter_for_its_one_is_put_right_and_words_are_left(string read, string repaired)
    {
        var repairs = new OcrWordRepairs(ScanRules.Load(RealRules.Directory).WordRepairs);
        var word = new OcrWord(read, new BoundingBox(10, 10, 30, 20), 90, 1);

        repairs.Apply([word]).Should().ContainSingle().Which.Text.Should().Be(repaired);
    }
}
