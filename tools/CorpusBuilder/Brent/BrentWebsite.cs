using CorpusBuilder.Html;

namespace CorpusBuilder.Brent;

/// <summary>Brent's committee pages (test chrome): fills as inline CSS.</summary>
internal static class BrentWebsite
{
    public static SiteChrome Chrome(string period) => new(
        "Brent Council",
        [("Home", "/"), ("Council and democracy", "/council-and-democracy"), ("Committees", "/mgListCommittees.aspx"),
         ("Meetings", "/ieDocHome.aspx"), ("Councillors", "/mgMemberIndex.aspx")],
        ["Home", "Council and democracy", "Cabinet", $"Borough Plan Quarterly Performance Report {period}"],
        "© Brent Council (derived test page)",
        FillMarkup.InlineStyle);
}
