using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ingest.Readers.Docx;

/// <summary>
/// Reads a w:drawing in a run as the character it stands for: a preset shape by its geometry, coloured
/// with its fill (a drawn ellipse is a RAG dot, a drawn up arrow a trend), a picture by the words of its
/// description. Anything else is no text, as before.
/// </summary>
internal sealed class DrawnMarks(DrawnMarkRules rules)
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    private readonly IReadOnlyList<(Regex[] Words, string Text)> _descriptions = rules.Descriptions
        .Select(d => (d.Words.Select(w => new Regex(@"(?<!\p{L})" + Regex.Escape(w) + @"(?!\p{L})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToArray(), d.Text))
        .ToList();

    /// <returns>The text and the colour it shows in (a shape's fill), or null when the drawing stands for nothing known.</returns>
    public (string Text, string? Colour)? Read(XElement drawing)
    {
        var preset = drawing.Descendants(A + "prstGeom").FirstOrDefault()?.Attribute("prst")?.Value;
        if (preset is not null && rules.Presets.TryGetValue(preset, out var shown))
        {
            var fill = drawing.Descendants(A + "solidFill").FirstOrDefault()?.Element(A + "srgbClr")?.Attribute("val")?.Value;
            return (shown, fill is { Length: 6 } ? fill.ToUpperInvariant() : null);
        }
        var properties = drawing.Descendants(Wp + "docPr").FirstOrDefault();
        var description = $"{properties?.Attribute("descr")?.Value} {properties?.Attribute("title")?.Value}".Trim();
        if (description.Length == 0) return null;
        foreach (var (words, text) in _descriptions)
            if (words.All(w => w.IsMatch(description))) return (text, null);
        return null;
    }
}
