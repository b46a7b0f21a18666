using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>A4 page geometry for the final section properties.</summary>
internal sealed record PageSetup(bool Landscape, int MarginTwips)
{
    private const uint A4Short = 11906;
    private const uint A4Long = 16838;

    public static PageSetup PortraitNormal { get; } = new(false, 1440);
    public static PageSetup LandscapeNarrow { get; } = new(true, 720);

    /// <summary>Width between the margins, for sizing tables.</summary>
    public int TextWidth => (int)(Landscape ? A4Long : A4Short) - 2 * MarginTwips;

    public SectionProperties Section(string? headerRelationshipId, string? footerRelationshipId = null)
    {
        var section = new SectionProperties();
        if (headerRelationshipId is not null)
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerRelationshipId });
        if (footerRelationshipId is not null)
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerRelationshipId });
        section.Append(Landscape
            ? new PageSize { Width = A4Long, Height = A4Short, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = A4Short, Height = A4Long });
        var m = (uint)MarginTwips;
        section.Append(new PageMargin { Top = MarginTwips, Bottom = MarginTwips, Left = m, Right = m, Header = 360, Footer = 360, Gutter = 0 });
        section.Append(new Columns { Space = "708" });
        section.Append(new DocGrid { LinePitch = 360 });
        return section;
    }
}
