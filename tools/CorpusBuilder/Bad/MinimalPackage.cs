using System.IO.Compression;
using System.Text;

namespace CorpusBuilder.Bad;

/// <summary>
/// The smallest Word and Excel packages the readers accept, built from raw part XML so a test can put
/// anything into a part (a DTD, a million rows, tables nested thousands deep).
/// </summary>
public static class MinimalPackage
{
    public const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string SheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /// <summary>A .docx whose word/document.xml is <paramref name="documentXml"/>, plus any extra parts.</summary>
    public static void WriteDocx(Stream output, string documentXml, params (string Name, long Bytes)[] padding)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Default Extension="bin" ContentType="application/octet-stream"/>
              <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """);
        Add(zip, "_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{OfficeDocument}" Target="word/document.xml"/></Relationships>
            """);
        Add(zip, "word/document.xml", documentXml);
        foreach (var (name, bytes) in padding) AddZeros(zip, name, bytes);
    }

    /// <summary>A one-sheet .xlsx with inline strings; <paramref name="sheetData"/> writes the sheetData children.</summary>
    public static void WriteXlsx(Stream output, Action<TextWriter> sheetData, string? sheetPrologue = null)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
              <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>
            """);
        Add(zip, "_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{OfficeDocument}" Target="xl/workbook.xml"/></Relationships>
            """);
        Add(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{SheetMain}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <sheets><sheet name="Scorecard" sheetId="1" r:id="rId1"/></sheets>
            </workbook>
            """);
        Add(zip, "xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """);
        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(sheetPrologue ?? """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        writer.Write($"<worksheet xmlns=\"{SheetMain}\"><sheetData>");
        sheetData(writer);
        writer.Write("</sheetData></worksheet>");
    }

    /// <summary>An inline-string cell; the text must already be XML-escaped.</summary>
    public static string InlineCell(string reference, string text) =>
        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    private static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text));
    }

    // Zeros deflate about a thousand to one: a few hundred kilobytes on disk for hundreds of megabytes.
    private static void AddZeros(ZipArchive zip, string name, long bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        var block = new byte[1 << 20];
        for (var left = bytes; left > 0; left -= block.Length) stream.Write(block, 0, (int)Math.Min(block.Length, left));
    }
}
