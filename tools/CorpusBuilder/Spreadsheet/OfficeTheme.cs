namespace CorpusBuilder.Spreadsheet;

/// <summary>
/// xl/theme/theme1.xml: Office's standard colour scheme (the one Excel's theme colours refer to), with the
/// smallest font and format schemes the schema accepts. Theme fill index N picks the scheme's Nth colour in
/// Excel's order: 0 lt1 FFFFFF, 1 dk1 000000, 2 lt2 E7E6E6, 3 dk2 44546A, 4-9 accent1-6 (4472C4, ED7D31,
/// A5A5A5, FFC000, 5B9BD5, 70AD47).
/// </summary>
internal static class OfficeTheme
{
    public const string Xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\"><a:themeElements>" +
        "<a:clrScheme name=\"Office\">" +
        "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>" +
        "<a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>" +
        "<a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1><a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>" +
        "<a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3><a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4>" +
        "<a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5><a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>" +
        "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>" +
        "</a:clrScheme>" +
        "<a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>" +
        "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>" +
        "<a:fmtScheme name=\"Office\">" +
        "<a:fillStyleLst>" + Fill + Fill + Fill + "</a:fillStyleLst>" +
        "<a:lnStyleLst>" + Line + Line + Line + "</a:lnStyleLst>" +
        "<a:effectStyleLst>" + Effect + Effect + Effect + "</a:effectStyleLst>" +
        "<a:bgFillStyleLst>" + Fill + Fill + Fill + "</a:bgFillStyleLst>" +
        "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";

    private const string Fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    private const string Line = "<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>";
    private const string Effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
}
