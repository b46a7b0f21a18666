using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.PdfPig;

namespace Ingest.Readers.Pdf.Tests;

public sealed class PdfPigPageSourceTests : PageContentSourceContract
{
    protected override IPageContentSource CreateSource() => new PdfPigPageSource();
}
