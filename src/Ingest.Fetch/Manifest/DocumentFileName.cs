using System.Security.Cryptography;
using System.Text;
using Ingest.Fetch.Committees;

namespace Ingest.Fetch.Manifest;

/// <summary>
/// A saved document's name: meeting date, committee, the system's id for the document (else a hash of its
/// URL) and its title, so a folder listing reads in date order and two papers never share a name.
/// </summary>
public static class DocumentFileName
{
    public static string For(MeetingDocument document, string extension)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = document.Id ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Url.AbsoluteUri)))[..10];
        var name = $"{document.Meeting.Date:yyyy-MM-dd}-{Slug(document.Meeting.Committee.Title, 40)}-{Slug(id, 20)}-{Slug(document.Title, 60)}";
        return name.TrimEnd('-') + extension;
    }

    private static string Slug(string text, int limit)
    {
        var slug = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) slug.Append(ch);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= limit) break;
        }
        return slug.ToString().Trim('-');
    }
}
