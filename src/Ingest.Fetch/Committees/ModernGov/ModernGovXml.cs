using System.Xml;
using System.Xml.Linq;

namespace Ingest.Fetch.Committees.ModernGov;

/// <summary>
/// Parses the web service's replies by element name alone, so the plain form (<c>&lt;committees&gt;</c>),
/// the SOAP envelope around the same payload (namespace <c>http://moderngov.co.uk/namespaces</c>) and a
/// payload returned as escaped XML inside a <c>&lt;string&gt;</c> all read the same.
/// </summary>
internal static class ModernGovXml
{
    public static XElement Payload(byte[] body)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(body);
            document = XDocument.Load(stream, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"the web service's reply is not XML: {e.Message}", e);
        }
        var root = document.Root ?? throw new InvalidDataException("the web service's reply is empty");
        var body2 = root.Name.LocalName == "Envelope" ? Child(root, "Body")?.Elements().FirstOrDefault() ?? root : root;
        if (body2.Name.LocalName == "Fault")
            throw new InvalidDataException($"the web service answered with a fault: {Value(body2, "faultstring") ?? body2.Value.Trim()}");
        // A result element holding the payload as text (escaped XML) rather than as elements.
        var text = body2.DescendantsAndSelf().LastOrDefault(e => !e.HasElements);
        if (!body2.Elements().Any(e => e.HasElements) && text is not null && text.Value.TrimStart().StartsWith('<'))
        {
            try { return XElement.Parse(text.Value.Trim()); }
            catch (XmlException e) { throw new InvalidDataException($"the web service's reply holds text that is not XML: {e.Message}", e); }
        }
        return body2;
    }

    public static IEnumerable<XElement> All(XElement scope, string localName) =>
        scope.DescendantsAndSelf().Where(e => e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    public static XElement? Child(XElement scope, string localName) =>
        scope.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    public static string? Value(XElement scope, string localName) => Child(scope, localName)?.Value;

    public static IReadOnlyList<Committee> Committees(XElement payload) =>
        All(payload, "committee")
            .Select(c => (Id: ModernGovText.Number(Value(c, "committeeid")), Title: ModernGovText.Title(Value(c, "committeetitle")), c))
            .Where(c => c.Id is not null && c.Title.Length > 0)
            .Select(c => new Committee(c.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Title,
                ModernGovText.Flag(Value(c.c, "committeeexpired")) || ModernGovText.Flag(Value(c.c, "committeedeleted"))))
            .DistinctBy(c => c.Id)
            .ToList();

    /// <summary>
    /// Meetings of <paramref name="committee"/>: nested under their committee (GetMeetings) or flat with a
    /// committee id each (GetAllMeetingsByDate); those of another committee are left out.
    /// </summary>
    public static IReadOnlyList<(string Id, DateOnly? Date, string Status)> Meetings(XElement payload, Committee committee) =>
        All(payload, "meeting")
            .Where(m => OwnerId(m) is not { } owner || owner == committee.Id)
            .Select(m => (Id: ModernGovText.Number(Value(m, "meetingid")), Date: ModernGovText.Date(Value(m, "meetingdate")), Status: Value(m, "meetingstatus")?.Trim() ?? ""))
            .Where(m => m.Id is not null)
            .Select(m => (m.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Date, m.Status))
            .DistinctBy(m => m.Item1)
            .ToList();

    private static string? OwnerId(XElement meeting)
    {
        var own = ModernGovText.Number(Value(meeting, "committeeid"));
        if (own is not null) return own.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var parent = meeting.Ancestors().FirstOrDefault(a => a.Name.LocalName.Equals("committee", StringComparison.OrdinalIgnoreCase));
        var id = parent is null ? null : ModernGovText.Number(Value(parent, "committeeid"));
        return id?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every linked document of every agenda item, with the item's title and both restriction flags.</summary>
    public static IEnumerable<(string AgendaItem, string Title, string Url, bool Restricted, string? Id)> Documents(XElement payload)
    {
        foreach (var item in All(payload, "agendaitem"))
        {
            var itemTitle = ModernGovText.Title(Value(item, "agendaitemtitle"));
            var number = Value(item, "fulldisplaynumberformat")?.Trim();
            var agendaItem = string.IsNullOrEmpty(number) ? itemTitle : $"{number} {itemTitle}";
            var itemRestricted = ModernGovText.Flag(Value(item, "isrestricted"));
            foreach (var doc in All(item, "linkeddoc"))
            {
                var url = Value(doc, "url")?.Trim();
                if (string.IsNullOrEmpty(url)) continue;
                var restricted = itemRestricted || ModernGovText.Flag(Value(doc, "isrestricted"))
                    || !string.IsNullOrWhiteSpace(Value(doc, "restrictionsRef"));
                var id = ModernGovText.Number(Value(doc, "attachmentid"))?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return (agendaItem, ModernGovText.Title(Value(doc, "title")), url, restricted, id);
            }
        }
    }
}
