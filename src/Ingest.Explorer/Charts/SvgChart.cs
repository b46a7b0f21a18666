using System.Globalization;
using System.Security;
using System.Text;

namespace Ingest.Explorer.Charts;

/// <summary>
/// A small SVG line chart of one series (actuals as a line with RAG-coloured points, targets dashed, revised
/// values ringed, points linked to their source when a link is given), written by hand: a chart this simple
/// does not need a plotting package. Used by `ingest trend --chart` and the explorer's trend view.
/// </summary>
public sealed class SvgChart
{
    private const double Width = 720, Height = 360, Left = 64, Right = 24, Top = 40, Bottom = 72;

    private static readonly Dictionary<string, string> RagColours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["red"] = "#d62728", ["amber"] = "#ff9f1c", ["green"] = "#2ca02c", ["blue"] = "#1f77b4",
    };

    public string Write(string title, string unit, IReadOnlyList<ChartPoint> points)
    {
        var values = points.SelectMany(p => new[] { p.Value, p.Target }).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        var (low, high) = values.Count == 0 ? (0d, 1d) : (values.Min(), values.Max());
        if (high - low < 1e-9) { low -= 1; high += 1; }
        var pad = (high - low) * 0.08;
        low -= pad;
        high += pad;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (points.Count == 1 ? plotWidth / 2 : plotWidth * i / (points.Count - 1));
        double Y(double v) => Top + plotHeight * (high - v) / (high - low);

        var svg = new StringBuilder();
        svg.Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append(F($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));
        svg.Append(F($"<text x=\"{Left}\" y=\"22\" font-size=\"14\" font-weight=\"bold\">{Escape(title)}</text>\n"));
        for (var t = 0; t <= 4; t++)
        {
            var v = low + (high - low) * t / 4;
            svg.Append(F($"<line x1=\"{Left}\" y1=\"{Y(v):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(v):0.#}\" stroke=\"#e0e0e0\"/>\n"));
            svg.Append(F($"<text x=\"{Left - 6}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{v:0.##}</text>\n"));
        }
        svg.Append(F($"<text x=\"14\" y=\"{Top + plotHeight / 2:0.#}\" transform=\"rotate(-90 14 {Top + plotHeight / 2:0.#})\" text-anchor=\"middle\">{Escape(unit)}</text>\n"));
        svg.Append(Line(points.Select((p, i) => (i, p.Target)), X, Y, "#888888", dashed: true, "target"));
        svg.Append(Line(points.Select((p, i) => (i, p.Value)), X, Y, "#1f3b73", dashed: false, "actual"));
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var labelY = Height - Bottom + 16;
            svg.Append(F($"<text x=\"{X(i):0.#}\" y=\"{labelY}\" text-anchor=\"end\" transform=\"rotate(-35 {X(i):0.#} {labelY})\">{Escape(p.Label)}</text>\n"));
            if (p.Value is not { } value) continue;
            var fill = RagColours.GetValueOrDefault(p.Rag, "#1f3b73");
            if (p.Link is not null) svg.Append(F($"<a href=\"{Escape(p.Link)}\">"));
            // A revised value (reported again by a later document) gets a ring, not a second point.
            if (p.Revised)
                svg.Append(F($"<rect class=\"revised\" x=\"{X(i) - 7:0.#}\" y=\"{Y(value) - 7:0.#}\" width=\"14\" height=\"14\" rx=\"7\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.5\"/>"));
            var tip = $"{p.Label}: {value.ToString("0.###", CultureInfo.InvariantCulture)}{(p.Target is { } t ? " (target " + t.ToString("0.###", CultureInfo.InvariantCulture) + ")" : "")}{(p.Rag.Length > 0 ? " " + p.Rag : "")}{(p.Revised ? ", revised" : "")}";
            svg.Append(F($"<circle class=\"point\" cx=\"{X(i):0.#}\" cy=\"{Y(value):0.#}\" r=\"4\" fill=\"{fill}\"><title>{Escape(tip)}</title></circle>"));
            svg.Append(p.Link is null ? "\n" : "</a>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // Consecutive present values form one polyline; a missing value breaks the line instead of bridging it.
    private static string Line(IEnumerable<(int Index, double? Value)> series, Func<int, double> x, Func<double, double> y,
        string colour, bool dashed, string name)
    {
        var parts = new StringBuilder();
        var run = new List<string>();
        void Flush()
        {
            if (run.Count > 1)
                parts.Append(F($"<polyline class=\"{name}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{(dashed ? " stroke-dasharray=\"5 4\"" : "")} points=\"{string.Join(' ', run)}\"/>\n"));
            run.Clear();
        }
        foreach (var (index, value) in series)
        {
            if (value is { } v) run.Add(F($"{x(index):0.#},{y(v):0.#}"));
            else Flush();
        }
        Flush();
        return parts.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
