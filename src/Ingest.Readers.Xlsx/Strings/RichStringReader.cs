using System.Text;
using System.Xml;
using Ingest.Readers.Xlsx.Package;
using Ingest.Readers.Xlsx.Styles;

namespace Ingest.Readers.Xlsx.Strings;

/// <summary>
/// Reads a CT_Rst (a shared string's si, or an inline string's is) from a streaming reader: its t,
/// or its r runs with their rPr (bold, colour). Phonetic guides (rPh) are skipped, not text.
/// </summary>
internal sealed class RichStringReader(CellStyles styles)
{
    /// <summary>Reads the element the reader is on and leaves the reader after it.</summary>
    public RichString Read(XmlReader reader)
    {
        var plain = new StringBuilder();
        List<RichRun>? runs = null;
        PartXml.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "t":
                    plain.Append(child.ReadElementContentAsString());
                    break;
                case "r":
                    runs ??= [];
                    runs.Add(ReadRun(child));
                    break;
                default:
                    child.Skip();
                    break;
            }
        });

        if (runs is null) return plain.Length == 0 ? RichString.Empty : new RichString(XmlStringEscapes.Decode(plain.ToString()), null);
        // An si with both (not written by Excel) keeps the plain text first, in the cell's font.
        if (plain.Length > 0) runs.Insert(0, new RichRun(XmlStringEscapes.Decode(plain.ToString()), null));
        return new RichString(string.Concat(runs.Select(r => r.Text)), runs);
    }

    private RichRun ReadRun(XmlReader reader)
    {
        var text = new StringBuilder();
        FontFace? font = null;
        PartXml.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "t":
                    text.Append(child.ReadElementContentAsString());
                    break;
                case "rPr":
                    font = ReadFont(child);
                    break;
                default:
                    child.Skip();
                    break;
            }
        });
        return new RichRun(XmlStringEscapes.Decode(text.ToString()), font);
    }

    private FontFace ReadFont(XmlReader reader)
    {
        var bold = false;
        var superscript = false;
        var colour = default(ColourSpec);
        PartXml.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "b":
                    bold = Sml.OnOff(child.GetAttribute("val"));
                    break;
                case "color":
                    colour = ColourSpec.From(child);
                    break;
                case "vertAlign":
                    superscript = child.GetAttribute("val") == "superscript";
                    break;
            }
            child.Skip();
        });
        return styles.RunFont(bold, colour, superscript);
    }
}
