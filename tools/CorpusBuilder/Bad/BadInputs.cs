using System.Diagnostics;
using System.Text;

namespace CorpusBuilder.Bad;

/// <summary>
/// The hostile and broken inputs a backfill from the open web meets (issue 7), made from the committed
/// corpus so a damaged file is damaged real content. Every case has a distinct content hash.
/// </summary>
public static class BadInputs
{
    public const int DeepNesting = 5000;
    public const int ManyRows = 50_000;
    public const long BombPartBytes = 300L * 1024 * 1024;
    public const int BombTotalParts = 6;
    public const long BombTotalPartBytes = 150L * 1024 * 1024;

    /// <param name="corpus">The committed corpus folder (the truncated and renamed files are cut from it).</param>
    public static IReadOnlyList<BadInput> All(string corpus)
    {
        string Source(string relative) => Path.Combine(corpus, relative);
        const string WordReport = "harrow/harrow-corporate-scorecard-q1-2023-24.docx";
        const string Workbook = "brent/brent-borough-plan-performance-q2-2023-24.xlsx";
        const string Pdf = "harrow/harrow-corporate-scorecard-q1-2023-24.pdf";
        const string Page = "havering/havering-os-board-performance-q1-2017-18.html";

        return
        [
            new("empty", "empty report.docx", path => File.WriteAllBytes(path, [])),
            new("truncated-docx", "truncated.docx", path => Truncate(Source(WordReport), path)),
            new("truncated-xlsx", "truncated.xlsx", path => Truncate(Source(Workbook), path)),
            new("truncated-pdf", "truncated.pdf", path => Truncate(Source(Pdf), path)),
            new("zip-bomb-part", "zip bomb (one part).docx", path => WriteDocx(path, Title("one huge part"), ("word/media/image1.bin", BombPartBytes))),
            new("zip-bomb-total", "zip bomb (many parts).docx", path => WriteDocx(path, Title("many large parts"),
                Enumerable.Range(1, BombTotalParts).Select(i => ($"word/media/image{i}.bin", BombTotalPartBytes)).ToArray())),
            new("xxe", "external entity.docx", path => WriteDocx(path, ExternalEntityDocument(path + ".secret"))),
            new("billion-laughs", "billion laughs.xlsx", WriteBillionLaughs),
            new("nested-tables-docx", "nested tables.docx", path => WriteDocx(path, NestedTablesDocument(DeepNesting))),
            new("nested-tables-html", "nested tables.html", path => File.WriteAllText(path, NestedTablesPage(DeepNesting))),
            new("rows-50000", "fifty thousand rows.xlsx", path => WriteManyRows(path, ManyRows)),
            new("encrypted-pdf", "encrypted.pdf", path => Encrypt(Source(Pdf), path)),
            new("password-docx", "password protected.docx", path => File.WriteAllBytes(path, EncryptedOfficeFile.Create(seed: 7))),
            new("script-10mb", "script and inline data.html", path => WriteBloatedPage(Source(Page), path)),
            new("wrong-extension", "really a pdf.docx", path => File.Copy(Source(Pdf), path, overwrite: true)),
            new("unusual-name", "-Q3  scorecard — £ (final) ‘copy’ #1; $HOME ☂ .docx",
                path => File.Copy(Source("harrow/harrow-corporate-scorecard-q3-2023-24.docx"), path, overwrite: true)),
            new("symlink-loop", "loop", WriteSymlinkLoop),
        ];
    }

    /// <summary>Writes every case into <paramref name="folder"/> (created if needed).</summary>
    public static IReadOnlyList<BadInput> WriteAll(string folder, string corpus, TextWriter? log = null)
    {
        Directory.CreateDirectory(folder);
        var all = All(corpus);
        foreach (var input in all)
        {
            input.Create(Path.Combine(folder, input.FileName));
            log?.WriteLine($"{input.Case}: {input.FileName}");
        }
        return all;
    }

    private static void Truncate(string source, string path)
    {
        var bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    private static void WriteDocx(string path, string documentXml, params (string Name, long Bytes)[] padding)
    {
        using var file = File.Create(path);
        MinimalPackage.WriteDocx(file, documentXml, padding);
    }

    private static string Body(string content) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{MinimalPackage.WordMain}"><w:body>{content}</w:body></w:document>""";

    private static string Title(string what) =>
        Body(MinimalPackage.Paragraph($"London Borough of Harrow corporate scorecard: {what}"));

    // The entity names a file beside the document; if it were ever expanded its text would reach the dataset.
    private static string ExternalEntityDocument(string secretPath)
    {
        File.WriteAllText(secretPath, "SECRET-FROM-THE-FILE-SYSTEM");
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE w:document [ <!ENTITY secret SYSTEM "file://{secretPath}"> ]>
            <w:document xmlns:w="{MinimalPackage.WordMain}"><w:body>{MinimalPackage.Paragraph("London Borough of Harrow &secret;")}</w:body></w:document>
            """;
    }

    private static void WriteBillionLaughs(string path)
    {
        var dtd = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE worksheet [ <!ENTITY lol0 "lol">""");
        for (var i = 1; i <= 9; i++)
            dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        dtd.Append(" ]>");
        using var file = File.Create(path);
        MinimalPackage.WriteXlsx(file, w => w.Write($"<row r=\"1\">{MinimalPackage.InlineCell("A1", "&lol9;")}</row>"), dtd.ToString());
    }

    private static string NestedTablesDocument(int depth)
    {
        var xml = new StringBuilder();
        xml.Append(MinimalPackage.Paragraph("London Borough of Harrow: tables within tables"));
        for (var i = 0; i < depth; i++) xml.Append("<w:tbl><w:tr><w:tc>").Append(MinimalPackage.Paragraph($"level {i}"));
        for (var i = 0; i < depth; i++) xml.Append("<w:p/></w:tc></w:tr></w:tbl>");
        xml.Append("<w:p/>");
        return Body(xml.ToString());
    }

    private static string NestedTablesPage(int depth)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>London Borough of Harrow</title></head><body>");
        for (var i = 0; i < depth; i++) html.Append($"<table><tr><td>level {i}");
        for (var i = 0; i < depth; i++) html.Append("</td></tr></table>");
        return html.Append("</body></html>").ToString();
    }

    /// <summary>A scorecard of <paramref name="rows"/> indicators: title, header, then one row each.</summary>
    private static void WriteManyRows(string path, int rows)
    {
        using var file = File.Create(path);
        MinimalPackage.WriteXlsx(file, w =>
        {
            w.Write($"<row r=\"1\">{MinimalPackage.InlineCell("A1", "London Borough of Harrow Corporate Scorecard Q1 2023/24")}</row>");
            w.Write("<row r=\"3\">");
            foreach (var (column, text) in new[] { ("A", "Indicator"), ("B", "Target"), ("C", "Q1 2023/24"), ("D", "RAG") })
                w.Write(MinimalPackage.InlineCell(column + "3", text));
            w.Write("</row>");
            for (var i = 1; i <= rows; i++)
            {
                var r = i + 3;
                var actual = 50 + i % 50;
                w.Write($"<row r=\"{r}\">{MinimalPackage.InlineCell($"A{r}", $"% of cases resolved in area {i}")}" +
                        $"<c r=\"B{r}\"><v>75</v></c><c r=\"C{r}\"><v>{actual}</v></c>" +
                        $"{MinimalPackage.InlineCell($"D{r}", actual >= 75 ? "Green" : "Red")}</row>");
            }
        });
    }

    private static void Encrypt(string source, string path)
    {
        var start = new ProcessStartInfo("mutool") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "clean", "-E", "aes-256", "-U", "user-secret", "-O", "owner-secret", source, path })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("mutool could not be started");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"mutool clean -E failed: {error}");
    }

    // Ten megabytes of script and ten of inline image data around a real scorecard.
    private static void WriteBloatedPage(string source, string path)
    {
        var page = File.ReadAllText(source);
        var script = "<script>var payload = \"" + new string('A', 10 * 1024 * 1024) + "\"; document.title = payload.length;</script>";
        var image = "<img alt=\"chart\" src=\"data:image/png;base64," + new string('B', 10 * 1024 * 1024) + "\">";
        var head = page.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var body = page.IndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        if (head < 0 || body < 0) throw new InvalidOperationException($"{source} has no head or body end tag");
        File.WriteAllText(path, page[..head] + script + page[head..body] + image + page[body..], new UTF8Encoding(false));
    }

    // "again" points at its own parent, "self" at its own folder: walking either never ends unless caught.
    private static void WriteSymlinkLoop(string path)
    {
        Directory.CreateDirectory(path);
        Directory.CreateSymbolicLink(Path.Combine(path, "again"), "..");
        Directory.CreateSymbolicLink(Path.Combine(path, "self"), ".");
    }
}
