using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CorpusBuilder.Spreadsheet;

/// <summary>Opens a written workbook with the SDK and validates it, as <see cref="Word.DocxCheck"/> does for Word.</summary>
internal static class XlsxCheck
{
    public static IReadOnlyList<string> Problems(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016);
        return validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>Tables as issue 3 counts them for a workbook: one per visible sheet (hidden sheets are skipped).</summary>
    public static int TableCount(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Count(s => s.State is null || s.State.Value == SheetStateValues.Visible);
    }
}
