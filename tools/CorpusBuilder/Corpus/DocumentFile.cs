using CorpusBuilder.Word;

namespace CorpusBuilder.Corpus;

/// <summary>A document in one format: how to write its bytes and how to check them before they land in the corpus.</summary>
internal abstract record DocumentFile
{
    /// <summary>The manifest's format column and the file extension.</summary>
    public abstract string Format { get; }

    public abstract byte[] Render();

    /// <summary>Schema problems found by reading the written bytes back; empty when the file is sound.</summary>
    public abstract IReadOnlyList<string> Problems(byte[] bytes);

    /// <summary>Tables a reader of this format finds, nested ones included.</summary>
    public abstract int TableCount(byte[] bytes);
}

internal sealed record DocxFile(DocxContent Content) : DocumentFile
{
    public override string Format => "docx";

    public override byte[] Render() => DocxWriter.Write(Content);

    public override IReadOnlyList<string> Problems(byte[] bytes) => DocxCheck.Problems(bytes);

    public override int TableCount(byte[] bytes) => DocxCheck.TableCount(bytes);
}

internal sealed record XlsxFile(Spreadsheet.XlsxWorkbook Workbook) : DocumentFile
{
    public override string Format => "xlsx";

    public override byte[] Render() => Spreadsheet.XlsxWriter.Write(Workbook);

    public override IReadOnlyList<string> Problems(byte[] bytes) => Spreadsheet.XlsxCheck.Problems(bytes);

    public override int TableCount(byte[] bytes) => Spreadsheet.XlsxCheck.TableCount(bytes);
}

internal sealed record HtmlFile(Report.ReportDocument Report, Html.SiteChrome Chrome) : DocumentFile
{
    public override string Format => "html";

    public override byte[] Render() => new System.Text.UTF8Encoding(false).GetBytes(Html.HtmlWriter.Write(Report, Chrome));

    public override IReadOnlyList<string> Problems(byte[] bytes) => Html.HtmlCheck.Problems(System.Text.Encoding.UTF8.GetString(bytes));

    public override int TableCount(byte[] bytes) => Html.HtmlCheck.TableCount(System.Text.Encoding.UTF8.GetString(bytes));
}
