using CorpusBuilder.Html;
using CorpusBuilder.Report;
using CorpusBuilder.Spreadsheet;

namespace CorpusBuilder.Havering;

/// <summary>Havering's report as its committee website shows it (fills as bgcolor) and as a workbook.</summary>
internal static class HaveringWebsite
{
    public static SiteChrome Chrome(HaveringQuarter quarter) => new(
        "London Borough of Havering",
        [("Home", "https://www.havering.gov.uk/"), ("Councillors", "/mgMemberIndex.aspx"), ("Committees", "/mgListCommittees.aspx"),
         ("Meetings", "/mgCalendarMonthView.aspx"), ("Decisions", "/mgDelegatedDecisions.aspx")],
        ["Home", "Committees", "Overview and Scrutiny Board", quarter.Title],
        "© London Borough of Havering",
        FillMarkup.BgColor);

    /// <summary>Two sheets, the legend and the indicators, each under the report's title rows; the same cells as the Word report.</summary>
    public static XlsxWorkbook Workbook(ReportDocument document, HaveringQuarter quarter)
    {
        var tables = document.Tables.ToList();
        var titles = new List<string> { HaveringCorpus.PageHeader, quarter.Title, quarter.Subtitle };
        if (document.Description is not null) titles.Add(document.Description);
        return new XlsxWorkbook(document.Title, HaveringCorpus.Author, document.Created,
            [new XlsxSheet("Key", titles, tables[0]), new XlsxSheet($"Q{quarter.Quarter} {quarter.FinancialYear}-{(quarter.FinancialYear + 1) % 100:00}", titles, tables[1])],
            document.Description);
    }
}
