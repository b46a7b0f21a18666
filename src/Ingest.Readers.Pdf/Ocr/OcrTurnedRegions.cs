using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Places on a page that look like a label printed bottom to top: letters stacked in a narrow column, close
/// together, each lying on its side (wider than tall on the page, as a letter turned a quarter is). Only these are
/// turned and read again (<see cref="OcrMosaic"/> with turning), instead of reading the whole page a second time
/// turned, which cost as much as the first reading for the few labels a table has.
/// </summary>
internal static class OcrTurnedRegions
{
    /// <summary>A letter's longer side in points: at least this (shorter is a dot or a speck)...</summary>
    private const double MinLetter = 2.5;

    /// <summary>...and at most this (longer is a rule's stub, a drawing or a heading's capital).</summary>
    private const double MaxLetter = 16;

    /// <summary>Letters of one label are at most this share of their page width apart, one above the other.</summary>
    private const double MaxGap = 0.6;

    /// <summary>Stacked letters share at least this share of the narrower one's width.</summary>
    private const double MinOverlap = 0.4;

    /// <summary>A label has at least this many letters ("Sub-" of a "Sub-" / "committee" header is four pieces).</summary>
    private const int MinLetters = 3;

    /// <summary>A label's column is at least this many times taller than wide.</summary>
    private const double MinTallness = 2.5;

    /// <summary>The median letter of a turned label is at least this many times wider than tall on the page.</summary>
    private const double MinLetterLying = 1.0;

    /// <summary>Points added around each region so its first and last letters are not cut.</summary>
    private const double Pad = 2;

    /// <summary>The regions, in points.</summary>
    public static IReadOnlyList<UnreadRegion> Find(byte[] grey, int width, int height, double scale)
    {
        var blobs = InkBlobs.Find(grey, width, height, MinLetter / scale, MaxLetter / scale)
            .Select(b => b.ToBox(scale)).OrderBy(b => b.Top).ToList();
        var parent = Enumerable.Range(0, blobs.Count).ToArray();
        for (var i = 0; i < blobs.Count; i++)
        for (var j = i + 1; j < blobs.Count; j++)
        {
            // Sorted by top: once a blob starts too far below this one's bottom, so do all after it.
            if (blobs[j].Top - blobs[i].Bottom > MaxGap * MaxLetter) break;
            if (Stacked(blobs[i], blobs[j])) Union(parent, i, j);
        }
        var result = new List<UnreadRegion>();
        foreach (var group in Enumerable.Range(0, blobs.Count).GroupBy(i => Root(parent, i)))
        {
            var letters = group.Select(i => blobs[i]).ToList();
            if (letters.Count < MinLetters) continue;
            var box = letters.Aggregate((a, b) => a.Union(b));
            if (box.Height < MinTallness * box.Width) continue;
            var lying = letters.Select(l => l.Width / Math.Max(l.Height, 1e-6)).Order().ElementAt(letters.Count / 2);
            if (lying < MinLetterLying) continue;
            result.Add(new UnreadRegion(new BoundingBox(box.Left - Pad, box.Top - Pad, box.Right + Pad, box.Bottom + Pad)));
        }
        return result;
    }

    private static bool Stacked(BoundingBox upper, BoundingBox lower)
    {
        var gap = lower.Top - upper.Bottom;
        var overlap = Math.Min(upper.Right, lower.Right) - Math.Max(upper.Left, lower.Left);
        return gap <= MaxGap * Math.Max(upper.Width, lower.Width) && overlap >= MinOverlap * Math.Min(upper.Width, lower.Width);
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Root(parent, a), Root(parent, b));
        if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
