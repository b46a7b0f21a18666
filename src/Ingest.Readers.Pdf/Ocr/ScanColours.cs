using System.Globalization;
using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// The clearly coloured places of a straightened scan, kept on a reduced grid (about a point a cell) so that a
/// table cell found later can be asked what colour it shows: a RAG cell that is only a fill, or only a coloured
/// bullet or icon, has no text for OCR to read, and its colour is the one evidence of its rating. Only coloured
/// cells are kept: a page is mostly paper and ink. A greyscale scan keeps none.
/// </summary>
internal sealed class ScanColours
{
    /// <summary>Pixels of the page picture a side of one grid cell: at 300 dpi a cell is about a point.</summary>
    private const int Step = ImageBlocks.Step;

    private readonly Dictionary<int, (int R, int G, int B)> _coloured;
    private readonly int _width;
    private readonly int _height;
    private readonly double _pointsPerCell;
    private readonly ScanColourRules _rules;

    private ScanColours(Dictionary<int, (int R, int G, int B)> coloured, int width, int height, double pointsPerCell, ScanColourRules rules)
    {
        _coloured = coloured;
        _width = width;
        _height = height;
        _pointsPerCell = pointsPerCell;
        _rules = rules;
    }

    /// <param name="scale">Points per pixel of <paramref name="image"/>.</param>
    public static ScanColours Measure(RasterImage image, double scale, ScanColourRules rules)
    {
        var grid = image.Blocks;
        var (w, h) = (grid.Width, grid.Height);
        var coloured = new Dictionary<int, (int R, int G, int B)>();
        for (var i = 0; i < w * h; i++)
        {
            var c = grid.Mean(i);
            if (IsColoured(c, rules)) coloured[i] = c;
        }
        return new ScanColours(coloured, w, h, scale * Step, rules);
    }

    /// <summary>
    /// The colour a cell shows (RRGGBB), or null: one clear colour over most of its area (a fill, under text or
    /// not), or, in a cell that holds no word, one clear colour making a mark of some size and little else coloured.
    /// </summary>
    public string? CellColour(BoundingBox box, bool holdsWord)
    {
        var inset = _rules.Inset;
        var left = (int)Math.Ceiling((box.Left + inset) / _pointsPerCell);
        var top = (int)Math.Ceiling((box.Top + inset) / _pointsPerCell);
        var right = Math.Min(_width, (int)Math.Floor((box.Right - inset) / _pointsPerCell));
        var bottom = Math.Min(_height, (int)Math.Floor((box.Bottom - inset) / _pointsPerCell));
        if (right <= left || bottom <= top) return null;
        var found = new List<(int R, int G, int B)>();
        for (var y = Math.Max(0, top); y < bottom; y++)
        for (var x = Math.Max(0, left); x < right; x++)
            if (_coloured.TryGetValue(y * _width + x, out var c)) found.Add(c);
        if (found.Count == 0) return null;

        var mean = Mean(found);
        var same = found.Where(c => Distance(c, mean) <= _rules.SameColour).ToList();
        if (same.Count == 0) return null;
        mean = Mean(same);
        var area = (right - left) * (bottom - top);
        if (same.Count >= _rules.FillCoverage * area) return Hex(mean);
        if (holdsWord || same.Count < _rules.MarkShare * found.Count) return null;
        var markCells = _rules.MarkMinSize * _rules.MarkMinSize / (_pointsPerCell * _pointsPerCell);
        return same.Count >= markCells ? Hex(mean) : null;
    }

    /// <summary>
    /// Round marks of one clear colour (a bullet, a drawn icon), in points with their colour: compact, neither a
    /// speck nor a fill, and not on a word the reading found (dark coloured text is read as text). A mark's spots are
    /// joined by hue, not by colour: a small bullet's rim is its colour washed pale by the paper and by JPEG's
    /// halved colour resolution, and joined only by colour a 4-point bullet breaks into specks too small to count.
    /// </summary>
    public IReadOnlyList<(BoundingBox Box, string Colour)> Marks(IReadOnlyList<OcrWord> words)
    {
        var marks = new List<(BoundingBox, string)>();
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        foreach (var start in _coloured.Keys)
        {
            if (!seen.Add(start)) continue;
            stack.Push(start);
            var cells = new List<int>();
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                cells.Add(i);
                var (x, y) = (i % _width, i / _width);
                foreach (var j in new[] { x > 0 ? i - 1 : -1, x < _width - 1 ? i + 1 : -1, i - _width, i + _width })
                    if (j >= 0 && _coloured.TryGetValue(j, out var c) && HueApart(c, _coloured[i]) <= _rules.MarkSameHue && seen.Add(j))
                        stack.Push(j);
            }
            var left = cells.Min(i => i % _width);
            var right = cells.Max(i => i % _width) + 1;
            var top = cells.Min(i => i / _width);
            var bottom = cells.Max(i => i / _width) + 1;
            var (w, h) = ((right - left) * _pointsPerCell, (bottom - top) * _pointsPerCell);
            if (Math.Min(w, h) < _rules.MarkMinSize || Math.Max(w, h) > _rules.MarkMaxSize) continue;
            if (Math.Max(w, h) > _rules.MarkMaxElongation * Math.Min(w, h)) continue;
            if (cells.Count < _rules.MarkMinSolidity * (right - left) * (bottom - top)) continue;
            var box = new BoundingBox(left * _pointsPerCell, top * _pointsPerCell, right * _pointsPerCell, bottom * _pointsPerCell);
            if (words.Any(word => word.Box.Intersects(box))) continue;
            var mean = Core(cells.Select(i => _coloured[i]).ToList());
            if (Chroma(mean) < _rules.MarkMinChroma) continue;
            marks.Add((box, Hex(mean)));
        }
        return marks;
    }

    private static bool IsColoured((int R, int G, int B) c, ScanColourRules rules) =>
        Chroma(c) >= rules.MinChroma && Math.Max(c.R, Math.Max(c.G, c.B)) >= rules.MinBrightness;

    /// <summary>A mark's colour: the mean of its more saturated half, its core, not its rim washed pale by the paper.</summary>
    private static (int R, int G, int B) Core(List<(int R, int G, int B)> spots)
    {
        var core = spots.OrderByDescending(Chroma).Take((spots.Count + 1) / 2).ToList();
        return Mean(core);
    }

    private static int Chroma((int R, int G, int B) c) => Math.Max(c.R, Math.Max(c.G, c.B)) - Math.Min(c.R, Math.Min(c.G, c.B));

    /// <summary>Degrees (0-180) between two colours' hues.</summary>
    private static double HueApart((int R, int G, int B) a, (int R, int G, int B) b) =>
        HsvColour.FromRgb(a.R, a.G, a.B).HueDistance(HsvColour.FromRgb(b.R, b.G, b.B));

    private static (int R, int G, int B) Mean(List<(int R, int G, int B)> colours) =>
        ((int)colours.Average(c => c.R), (int)colours.Average(c => c.G), (int)colours.Average(c => c.B));

    private static int Distance((int R, int G, int B) a, (int R, int G, int B) b) =>
        Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B);

    private static string Hex((int R, int G, int B) c) => string.Create(CultureInfo.InvariantCulture, $"{c.R:X2}{c.G:X2}{c.B:X2}");
}
