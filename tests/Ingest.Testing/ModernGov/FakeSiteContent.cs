using System.Globalization;
using System.Xml.Linq;

namespace Ingest.Testing.ModernGov;

/// <summary>
/// The fake site's web-service replies, made from the real ones in ../shared/moderngov: their elements
/// cloned and filled with the test's meetings and documents, so every shape (leading-space counts, the
/// agenda item and linked-document fields, attendees) is the real one.
/// </summary>
internal static class FakeSiteContent
{
    private const string RealSite = "https://democracy.manchester.gov.uk";
    private const string Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string ModernGovNamespace = "http://moderngov.co.uk/namespaces";

    public static XDocument Real(string name) => XDocument.Load(Path.Combine(RepositoryPaths.ModernGovFixtures, name));

    /// <summary>The real three committees and one more whose title comes double-escaped, as some installs send it.</summary>
    public static string Committees(bool soap)
    {
        var document = Real("lgsf_committees.xml");
        var root = document.Root!;
        var extra = new XElement(root.Elements("committee").Last());
        extra.Element("committeeid")!.Value = "200";
        // Set as text "&amp;", so it is written "&amp;amp;": double-escaped.
        extra.Element("committeetitle")!.Value = "Overview &amp; Scrutiny Committee";
        root.Add(extra);
        root.Element("committeescount")!.Value = " 4";
        if (!soap) return document.Declaration + "\n" + root;

        XNamespace mg = ModernGovNamespace;
        foreach (var element in root.DescendantsAndSelf()) element.Name = mg + element.Name.LocalName;
        XNamespace s = Soap;
        var envelope = new XElement(s + "Envelope", new XAttribute(XNamespace.Xmlns + "soap", Soap),
            new XElement(s + "Body", new XElement(mg + "GetCommitteesResponse", new XElement(mg + "GetCommitteesResult", root))));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + envelope;
    }

    /// <summary>Every meeting, whatever dates were asked for: real installs ignore the filter.</summary>
    public static string Meetings(IReadOnlyList<FakeMeeting> meetings)
    {
        var document = Real("lgsf_meetings.xml");
        var root = document.Root!;
        var holder = root.Descendants("committeemeetings").Single();
        var template = holder.Elements("meeting").First();
        holder.RemoveNodes();
        foreach (var meeting in meetings)
        {
            var copy = new XElement(template);
            copy.Element("meetingid")!.Value = Id(meeting.Id);
            copy.Element("meetingdate")!.Value = UkDate(meeting.Date);
            copy.Element("meetingstatus")!.Value = meeting.Status;
            holder.Add(copy);
        }
        root.Element("meetingscount")!.Value = " " + Id(meetings.Count);
        root.Descendants("committeemeetingcount").Single().Value = " " + Id(meetings.Count);
        return document.Declaration + "\n" + root;
    }

    public static string Meeting(FakeMeeting meeting, string baseUrl)
    {
        var cancelled = meeting.Status == "Cancelled";
        var document = Real(cancelled ? "lgsf_meeting_no_minutes.xml" : "lgsf_meeting_with_minutes.xml");
        var root = document.Root!;
        root.Element("meetingid")!.Value = Id(meeting.Id);
        root.Element("meetingdate")!.Value = UkDate(meeting.Date);
        if (!cancelled)
        {
            var items = root.Element("agendaitems")!;
            var itemTemplate = items.Elements("agendaitem").First();
            var docTemplate = itemTemplate.Descendants("linkeddoc").First();
            items.RemoveNodes();
            foreach (var item in meeting.Items)
            {
                var copy = new XElement(itemTemplate);
                copy.Element("agendaitemtitle")!.Value = item.Title;
                var links = copy.Element("linkeddocuments")!;
                links.RemoveNodes();
                foreach (var doc in item.Documents)
                {
                    var link = new XElement(docTemplate);
                    link.Element("attachmentid")!.Value = Id(doc.Id);
                    link.Element("title")!.Value = doc.Title;
                    link.Element("url")!.Value = $"{RealSite}/mgConvert2PDF.aspx?ID={Id(doc.Id)}";
                    link.Element("isrestricted")!.Value = doc.Misbehaviour == Misbehaviour.Restricted ? "True" : "False";
                    links.Add(link);
                }
                items.Add(copy);
            }
        }
        // The real replies' links name Manchester's site; the fake's links name the fake.
        return (document.Declaration + "\n" + root).Replace(RealSite, baseUrl.TrimEnd('/'), StringComparison.Ordinal);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string UkDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
