using AngleSharp.Html.Parser;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;

namespace Ingest.Readers.Html;

/// <summary>
/// Reads HTML pages (committee-website reports, CMS exports, Word's "Save as Web Page"): every table in
/// reading order (nested ones numbered after their parent), the text around them without the site's
/// navigation chrome, and the formatting that carries meaning in scorecards (bold, font colours, cell
/// fills from inline styles, legacy attributes and simple class rules).
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public DocumentContent Read(DocumentSource source, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);

        var bytes = PageBytes.Read(content, cancellationToken);
        var page = PageDecoder.Decode(bytes.Span);
        var warnings = new List<string>();
        if (page.Warning is not null) warnings.Add(page.Warning);

        try
        {
            var document = new HtmlParser().ParseDocument(page.Text);
            cancellationToken.ThrowIfCancellationRequested();
            var styles = PageStyles.Build(document, warnings, cancellationToken);
            var read = new HtmlContentReader(styles, warnings, cancellationToken).Read(document);
            return new DocumentContent(source, read.Paragraphs, read.Tables, warnings) { Title = read.Title };
        }
        catch (Exception e) when (e is not (DocumentException or OperationCanceledException))
        {
            // The HTML parser recovers from any markup; what is left is a bug or a resource limit,
            // and the user still gets one line while the run goes on.
            throw new DocumentException("the HTML page could not be read: " + TextNormaliser.Collapse(e.Message), e);
        }
    }
}
