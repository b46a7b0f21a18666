using CorpusBuilder.Html;

namespace CorpusBuilder.Harrow;

/// <summary>Harrow's committee pages (fills as inline CSS).</summary>
internal static class HarrowWebsite
{
    public static SiteChrome Chrome(string paper) => new(
        "Harrow Council",
        [("Home", "https://www.harrow.gov.uk/"), ("Council and democracy", "/council"), ("Committees", "/mgListCommittees.aspx"),
         ("Meetings", "/ieDocHome.aspx"), ("Councillors", "/mgMemberIndex.aspx")],
        ["Home", "Council and democracy", "Committees", paper],
        "© Harrow Council",
        FillMarkup.InlineStyle);
}
