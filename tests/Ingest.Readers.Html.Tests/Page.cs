using System.Text;
using Ingest.Core.Tables;

namespace Ingest.Readers.Html.Tests;

/// <summary>Reads HTML given as a string or bytes, the way the pipeline hands a file to the reader.</summary>
internal static class Page
{
    public static DocumentContent Read(string html) => ReadBytes(Encoding.UTF8.GetBytes(html));

    public static DocumentContent ReadBytes(byte[] bytes) => ReadStream(new MemoryStream(bytes), bytes.Length);

    public static DocumentContent ReadStream(Stream stream, long length, CancellationToken cancellationToken = default) =>
        new HtmlReader().Read(new DocumentSource("/reports/page.html", "page.html", "0", length, "html"), stream, cancellationToken);

    /// <summary>A complete page around <paramref name="body"/>.</summary>
    public static string Html(string body, string head = "") =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">{head}</head>\n<body>\n{body}\n</body>\n</html>";

    public static DocumentContent ReadBody(string body, string head = "") => Read(Html(body, head));

    public static Table SingleTable(string body, string head = "") => ReadBody(body, head).Tables.Should().ContainSingle().Subject;
}
