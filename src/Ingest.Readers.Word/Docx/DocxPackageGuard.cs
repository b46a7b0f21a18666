using Ingest.Readers.Packages;

namespace Ingest.Readers.Docx;

/// <summary>What a .docx package must hold, and the messages for Word's kinds of bad input.</summary>
internal static class DocxPackageGuard
{
    public const long MaxPartBytes = OfficePackageGuard.MaxPartBytes;
    public const string MainDocumentEntry = "word/document.xml";

    public const string Damaged = "not a valid Word document (the file is damaged or not a .docx)";
    public const string Empty = OfficePackageGuard.Empty;
    public const string Encrypted = "the document is password-protected";
    public const string LegacyDoc = "this is a legacy Word .doc, not .docx";
    public const string NoMainDocument = "not a Word document: the package has no word/document.xml";

    private static readonly OfficePackageKind Kind = new(
        MainDocumentEntry, MainEntryRequired: true, "a Word document", Damaged, NoMainDocument,
        [("EncryptedPackage", Encrypted)], CompoundFileDefault: LegacyDoc);

    public static void Check(Stream stream, CancellationToken cancellationToken) => OfficePackageGuard.Check(stream, Kind, cancellationToken);
}
