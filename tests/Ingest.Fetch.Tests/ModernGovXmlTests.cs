using System.Text;
using Ingest.Fetch.Committees;
using Ingest.Fetch.Committees.ModernGov;

namespace Ingest.Fetch.Tests;

/// <summary>The real replies in ../shared/moderngov, and the other forms real installs send them in.</summary>
public sealed class ModernGovXmlTests
{
    private static byte[] Real(string name) => File.ReadAllBytes(Path.Combine(RepositoryPaths.ModernGovFixtures, name));

    private static readonly Committee Audit = new("144", "Audit Committee");

    [RequiresModernGovFixturesFact]
    public void The_real_committees_reply_gives_its_three_committees_with_the_expired_one_marked()
    {
        var committees = ModernGovXml.Committees(ModernGovXml.Payload(Real("lgsf_committees.xml")));

        committees.Select(c => (c.Id, c.Title, c.Expired)).Should().Equal(
            ("312", "Appointment Sub Committee for Director of Adult Social Services", true),
            ("163", "Art Galleries Committee", false),
            ("144", "Audit Committee", false));
    }

    [RequiresModernGovFixturesFact]
    public void The_real_meetings_reply_with_leading_space_counts_gives_both_meetings_with_their_dates()
    {
        var meetings = ModernGovXml.Meetings(ModernGovXml.Payload(Real("lgsf_meetings.xml")), Audit);

        meetings.Should().Equal(("4966", new DateOnly(2026, 1, 13), "Cancelled"), ("4967", new DateOnly(2026, 2, 10), "Confirmed"));
        ModernGovXml.Meetings(ModernGovXml.Payload(Real("lgsf_meetings.xml")), new Committee("163", "Art Galleries Committee"))
            .Should().BeEmpty("the meetings are nested under another committee");
    }

    [RequiresModernGovFixturesFact]
    public void The_real_meeting_reply_gives_its_documents_with_their_agenda_items()
    {
        var documents = ModernGovXml.Documents(ModernGovXml.Payload(Real("lgsf_meeting_with_minutes.xml"))).ToList();

        documents.Should().Equal(
            ("1. Minutes", "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025", "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860", false, "60860"),
            ("9. Work Programme", "DRAFT WP FEBRUARY 2026", "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909", false, "60909"));
        ModernGovXml.Documents(ModernGovXml.Payload(Real("lgsf_meeting_no_minutes.xml"))).Should().BeEmpty();
    }

    [RequiresModernGovFixturesFact]
    public void The_soap_envelope_around_the_real_payload_reads_the_same()
    {
        var plain = Encoding.UTF8.GetString(Real("lgsf_committees.xml"));
        var payload = plain[plain.IndexOf("<committees>", StringComparison.Ordinal)..].Replace("<committees>", "<committees xmlns=\"http://moderngov.co.uk/namespaces\">", StringComparison.Ordinal);
        var soap = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" +
                   $"<GetCommitteesResponse xmlns=\"http://moderngov.co.uk/namespaces\"><GetCommitteesResult>{payload}</GetCommitteesResult></GetCommitteesResponse></soap:Body></soap:Envelope>";

        ModernGovXml.Committees(ModernGovXml.Payload(Encoding.UTF8.GetBytes(soap)))
            .Should().Equal(ModernGovXml.Committees(ModernGovXml.Payload(Real("lgsf_committees.xml"))));
    }

    [RequiresModernGovFixturesFact]
    public void A_payload_sent_as_escaped_text_inside_a_string_element_reads_the_same()
    {
        var escaped = System.Security.SecurityElement.Escape(Encoding.UTF8.GetString(Real("lgsf_meetings.xml")).Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "", StringComparison.Ordinal));
        var wrapped = $"<?xml version=\"1.0\" encoding=\"utf-8\"?><string xmlns=\"http://moderngov.co.uk/namespaces\">{escaped}</string>";

        ModernGovXml.Meetings(ModernGovXml.Payload(Encoding.UTF8.GetBytes(wrapped)), Audit).Should().HaveCount(2);
    }

    [Fact]
    public void A_soap_fault_is_an_error_with_the_faults_words()
    {
        var fault = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode>" +
                    "<faultstring>String was not recognized as a valid DateTime.</faultstring></soap:Fault></soap:Body></soap:Envelope>";

        var act = () => ModernGovXml.Payload(Encoding.UTF8.GetBytes(fault));

        act.Should().Throw<InvalidDataException>().WithMessage("*fault*not recognized as a valid DateTime*");
    }

    [Theory]
    [InlineData("Overview &amp;amp; Scrutiny", "Overview & Scrutiny")]
    [InlineData("Finance &amp; Performance", "Finance & Performance")]
    [InlineData("6 - CHAIR APPROVED  Minutes", "6 - CHAIR APPROVED Minutes")]
    [InlineData("Q1 &lt;draft&gt;", "Q1 <draft>")]
    public void Titles_are_decoded_until_plain_and_their_spaces_collapsed(string raw, string expected) =>
        ModernGovText.Title(raw).Should().Be(expected);

    [Theory]
    [InlineData(" 2", 2)]
    [InlineData("\n 12 ", 12)]
    public void Counts_with_leading_spaces_are_numbers(string raw, int expected) => ModernGovText.Number(raw).Should().Be(expected);

    [Theory]
    [InlineData("10/02/2026", 2026, 2, 10)]
    [InlineData("2026-02-10T00:00:00", 2026, 2, 10)]
    [InlineData(" 1/4/2015", 2015, 4, 1)]
    public void Meeting_dates_are_read_in_the_uk_form_and_in_iso(string raw, int year, int month, int day) =>
        ModernGovText.Date(raw).Should().Be(new DateOnly(year, month, day));
}
