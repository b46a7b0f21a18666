using Ingest.Readers.Packages;

namespace Ingest.Readers.Xlsx;

/// <summary>What a .xlsx package must hold, and the messages for Excel's kinds of bad input.</summary>
internal static class XlsxPackageGuard
{
    public const long MaxPartBytes = OfficePackageGuard.MaxPartBytes;
    public const string WorkbookEntry = "xl/workbook.xml";

    public const string Empty = OfficePackageGuard.Empty;
    public const string Damaged = "not a valid Excel workbook (the file is damaged or not a .xlsx)";
    public const string DamagedXml = "not a valid Excel workbook (its XML is damaged)";
    public const string Encrypted = "the workbook is password-protected";
    public const string LegacyXls = "this is a legacy Excel .xls, not .xlsx";
    public const string LegacyDoc = "this is a legacy Word .doc, not an Excel workbook";
    public const string NoWorkbook = "not an Excel workbook: the package has no workbook part (xl/workbook.xml)";

    // A workbook part stored elsewhere is legal (the package relationships name it), so only a package
    // that is recognisably something else is refused here; the SDK finds the rest. A compound file
    // with a "WordDocument" stream is a Word .doc; any other is most likely an Excel 97-2003 .xls.
    private static readonly OfficePackageKind Kind = new(
        WorkbookEntry, MainEntryRequired: false, "an Excel workbook", Damaged, NoWorkbook,
        [("EncryptedPackage", Encrypted), ("WordDocument", LegacyDoc)], CompoundFileDefault: LegacyXls);

    public static void Check(Stream stream, CancellationToken cancellationToken) => OfficePackageGuard.Check(stream, Kind, cancellationToken);
}
