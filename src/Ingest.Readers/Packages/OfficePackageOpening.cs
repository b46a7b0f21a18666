using System.Xml;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;

namespace Ingest.Readers.Packages;

/// <summary>
/// How the Word and Excel readers open a package, the same way: a seekable copy when the stream is not
/// one at its start, the format's guard (zip bombs, entity tricks, encryption) before the SDK sees the
/// bytes, and whatever the packaging or XML layer then throws turned into the document's one-line reason.
/// </summary>
public static class OfficePackageOpening
{
    /// <param name="guard">The format's package checks; it rewinds the stream it is given.</param>
    /// <param name="read">Opens the package with the SDK and reads it.</param>
    /// <param name="kind">What the file is, for the message ("Word document").</param>
    /// <param name="damaged">The message for a package the SDK cannot open.</param>
    public static DocumentContent Read(Stream content, Action<Stream, CancellationToken> guard, Func<Stream, DocumentContent> read,
        string kind, string damaged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(read);

        // The zip reader needs to seek, and the guard rewinds to 0.
        using var copy = content.CanSeek && content.Position == 0 ? null : Buffer(content, cancellationToken);
        var stream = copy ?? content;
        guard(stream, cancellationToken);
        try
        {
            return read(stream);
        }
        catch (Exception e) when (e is not (DocumentException or OperationCanceledException))
        {
            // Whatever the packaging or XML layer throws, the user gets one line and the run goes on.
            throw new DocumentException(e is XmlException xml ? PartXmlFailure.Describe(xml, kind) : damaged, e);
        }
    }

    private static MemoryStream Buffer(Stream content, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return copy;
    }
}
