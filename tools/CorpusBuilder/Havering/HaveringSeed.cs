using System.Reflection;

namespace CorpusBuilder.Havering;

/// <summary>
/// The indicator table of seed 004 as Data/havering-os-board-q1-2017-18.tsv transcribes it (see the file's
/// comment): pages separated by PAGE lines, nine cells a row; the arrows are chosen here from the values.
/// </summary>
internal static class HaveringSeed
{
    public const string ResourceName = "havering-os-board-q1-2017-18.tsv";
    public const int FieldCount = 9;

    public static HaveringQuarter Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static HaveringQuarter Parse(string tsv)
    {
        var pages = new List<IReadOnlyList<HaveringLine>>();
        var page = new List<HaveringLine>();
        var lines = tsv.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line == "PAGE")
            {
                pages.Add(page);
                page = [];
                continue;
            }
            var f = line.Split('\t').Select(HaveringRepairs.Repair).ToArray();
            if (f.Length != FieldCount)
                throw new InvalidDataException($"{ResourceName} line {i + 1}: {f.Length} cells, expected {FieldCount}");
            page.Add(HaveringArrows.Choose(new HaveringLine(f[0], f[1], f[2], f[3], f[4], f[5], "", f[6], "", f[7], f[8])));
        }
        pages.Add(page);
        return new HaveringQuarter(2017, 1, pages.Where(p => p.Count > 0).ToList());
    }
}
