using System.Globalization;
using System.Reflection;

namespace CorpusBuilder.Script;

/// <summary>Parses the small line language of the Data/*.txt transcriptions (the grammar is in each file's comment).</summary>
internal static class LayoutScript
{
    private static readonly HashSet<string> TextKinds = ["TITLE", "H1", "H2", "P", "BULLET", "CAPTION", "NOTE"];

    public static IReadOnlyList<ScriptBlock> Load(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
                           ?? throw new InvalidOperationException($"embedded resource {resourceName} missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<ScriptBlock> Parse(string script)
    {
        var blocks = new List<ScriptBlock>();
        var lines = script.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('|').Select(Unescape).ToArray();
            var kind = fields[0];
            var lineNo = i + 1;
            if (TextKinds.Contains(kind)) blocks.Add(new TextBlock(lineNo, kind, Expect(fields, 2, lineNo)[1]));
            else if (kind == "FA") blocks.Add(Flagship(lines, ref i, fields[1]));
            else if (kind == "PI") blocks.Add(Indicators(lines, ref i, fields[1..]));
            else if (kind == "TABLE") blocks.Add(Generic(lines, ref i, fields[1]));
            else throw new InvalidDataException($"script line {lineNo}: unknown block '{kind}'");
        }
        return blocks;
    }

    private static FlagshipBlock Flagship(string[] lines, ref int i, string title)
    {
        var start = i + 1;
        var items = new List<FlagshipLine>();
        var status = "";
        foreach (var (fields, lineNo) in BlockLines(lines, ref i))
        {
            switch (fields[0])
            {
                case "STATUS": status = Expect(fields, 2, lineNo)[1]; items.Add(new FlagshipLine(true, status, status)); break;
                case "ACTION":
                    if (status.Length == 0) throw new InvalidDataException($"script line {lineNo}: action before any status");
                    items.Add(new FlagshipLine(false, status, Expect(fields, 2, lineNo)[1]));
                    break;
                default: throw new InvalidDataException($"script line {lineNo}: '{fields[0]}' inside a Flagship Actions table");
            }
        }
        return new FlagshipBlock(start, title, items);
    }

    private static IndicatorTableBlock Indicators(string[] lines, ref int i, string[] header)
    {
        var start = i + 1;
        var rows = new List<IndicatorLine>();
        foreach (var (fields, lineNo) in BlockLines(lines, ref i))
        {
            if (fields[0] != "ROW") throw new InvalidDataException($"script line {lineNo}: '{fields[0]}' inside an indicator table");
            var f = Expect(fields, 5, lineNo);
            rows.Add(new IndicatorLine(lineNo, f[1], f[2], f[3], f[4]));
        }
        return new IndicatorTableBlock(start, header, rows);
    }

    private static GenericTableBlock Generic(string[] lines, ref int i, string widths)
    {
        var start = i + 1;
        var grid = widths.Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToList();
        var rows = new List<IReadOnlyList<ScriptCell>>();
        foreach (var (fields, lineNo) in BlockLines(lines, ref i))
        {
            if (fields[0] != "CELLS") throw new InvalidDataException($"script line {lineNo}: '{fields[0]}' inside a table");
            var cells = Expect(fields, grid.Count + 1, lineNo).Skip(1).Select(Cell).ToList();
            rows.Add(cells);
        }
        return new GenericTableBlock(start, grid, rows);
    }

    private static ScriptCell Cell(string field)
    {
        var bold = false;
        string? fill = null;
        while (field.StartsWith('{'))
        {
            var end = field.IndexOf('}', StringComparison.Ordinal);
            var option = field[1..end];
            if (option == "bold") bold = true;
            else if (option.StartsWith("fill=", StringComparison.Ordinal)) fill = option["fill=".Length..];
            else throw new InvalidDataException($"unknown cell option {{{option}}}");
            field = field[(end + 1)..];
        }
        return new ScriptCell(field, bold, fill);
    }

    /// <summary>The lines of a table block up to its END line; leaves <paramref name="i"/> on END.</summary>
    private static IEnumerable<(string[] Fields, int Line)> BlockLines(string[] lines, ref int i)
    {
        var found = new List<(string[], int)>();
        for (i++; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line == "END") return found;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            found.Add((line.Split('|').Select(Unescape).ToArray(), i + 1));
        }
        throw new InvalidDataException("table block without END");
    }

    private static string[] Expect(string[] fields, int count, int line) =>
        fields.Length == count ? fields : throw new InvalidDataException($"script line {line}: {fields.Length} fields, expected {count}");

    private static string Unescape(string field) => field.Replace("\\n", "\n", StringComparison.Ordinal);
}
