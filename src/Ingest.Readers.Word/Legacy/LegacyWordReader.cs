using Ingest.Core.Pipeline;
using Ingest.Core.Tables;

namespace Ingest.Readers.Legacy;

/// <summary>
/// Reads the word-processor formats older reports come in (.doc, and .rtf and .odt) by converting them
/// to .docx and reading that with the Word reader, so they get the same tables, formatting and symbol
/// handling. The content keeps the original file's source: provenance names the .doc, not the copy.
/// </summary>
public sealed class LegacyWordReader(IDocumentReader docxReader, ILegacyConverter converter) : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".doc", ".rtf", ".odt"];

    public DocumentContent Read(DocumentSource source, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);

        var format = FormatOf(source);
        var work = Directory.CreateTempSubdirectory("ingest-legacy-");
        try
        {
            // The converter needs a file; a copy under a fixed name also keeps odd characters in the
            // original name away from LibreOffice's command line.
            var input = Path.Combine(work.FullName, "document." + format);
            using (var file = File.Create(input))
                content.CopyTo(file);
            LegacyContentCheck.Check(input, format, cancellationToken);

            var converted = converter.Convert(input, Path.Combine(work.FullName, "converted"), cancellationToken);
            using var docx = File.OpenRead(converted);
            try
            {
                return docxReader.Read(source, docx, cancellationToken);
            }
            catch (DocumentException e)
            {
                throw new DocumentException($"the .{format} converted by LibreOffice cannot be read: {e.Message}", e);
            }
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the system's temp cleaning; the document was read (or failed) either way.
            }
        }
    }

    // The source's format is the extension the registry chose this reader by; a stream passed without one is read as .doc.
    private string FormatOf(DocumentSource source)
    {
        var format = source.Format.TrimStart('.').ToLowerInvariant();
        return Extensions.Contains("." + format) ? format : "doc";
    }
}
