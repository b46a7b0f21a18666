using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Ingest.Core.Tables;

namespace Ingest.Readers.Xlsx.Tests;

/// <summary>
/// Builds small workbooks in memory: the Open XML SDK makes the package and its parts, and each part's
/// XML is written out here, so a test states exactly the SpreadsheetML it is about (cell types, style
/// indices, rich runs, merges) without the SDK filling in anything on its own.
/// </summary>
internal sealed class XlsxFixture
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly List<SheetBuilder> _sheets = [];
    private readonly List<string> _sharedStrings = [];
    private readonly Dictionary<string, int> _sharedIndex = new(StringComparer.Ordinal);
    private readonly List<string> _definedNames = [];
    private readonly StyleBook _styles = new();
    private string? _theme = OfficeTheme();
    private bool _date1904;
    private string? _title;
    private bool _macroEnabled;

    public XlsxFixture Sheet(string name, Action<SheetBuilder> build, string? state = null)
    {
        var sheet = new SheetBuilder(this, name, state);
        build(sheet);
        _sheets.Add(sheet);
        return this;
    }

    /// <summary>Adds a cell style (a cellXfs entry) and returns its index for a cell's s attribute.</summary>
    /// <param name="fill">A colour for a solid fill: see <see cref="Rgb"/>, <see cref="Theme"/>, <see cref="Indexed"/>.</param>
    public int Style(int? numFmtId = null, string? format = null, string? fill = null, bool bold = false,
        string? fontColour = null, string? fillPattern = "solid") =>
        _styles.Add(numFmtId, format, fill, bold, fontColour, fillPattern);

    public XlsxFixture Date1904()
    {
        _date1904 = true;
        return this;
    }

    public XlsxFixture Title(string title)
    {
        _title = title;
        return this;
    }

    public XlsxFixture MacroEnabled()
    {
        _macroEnabled = true;
        return this;
    }

    /// <summary>Replaces the theme part (null: none at all).</summary>
    public XlsxFixture ThemeXml(string? theme)
    {
        _theme = theme;
        return this;
    }

    /// <summary>Replaces the generated styles.xml content, for palettes and other rarities.</summary>
    public XlsxFixture StylesXml(string styles)
    {
        _styles.Raw = styles;
        return this;
    }

    public XlsxFixture DefinedName(string name, int localSheetId, string value)
    {
        _definedNames.Add($"<definedName name=\"{name}\" localSheetId=\"{localSheetId}\">{Escape(value)}</definedName>");
        return this;
    }

    // ---- colours, as a c element's colour attributes ------------------------------------------

    public static string Rgb(string rrggbb) => $"rgb=\"FF{rrggbb}\"";

    public static string Theme(int index, double tint = 0) =>
        tint == 0 ? $"theme=\"{index}\"" : $"theme=\"{index}\" tint=\"{tint.ToString("R", CultureInfo.InvariantCulture)}\"";

    public static string Indexed(int index) => $"indexed=\"{index}\"";

    // ---- building ------------------------------------------------------------------------------

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream,
                   _macroEnabled ? SpreadsheetDocumentType.MacroEnabledWorkbook : SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheets = new StringBuilder();
            var sheetId = 1;
            foreach (var sheet in _sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                Feed(part, sheet.Xml());
                var state = sheet.State is null ? "" : $" state=\"{sheet.State}\"";
                sheets.Append($"<sheet name=\"{Escape(sheet.Name)}\" sheetId=\"{sheetId++}\"{state} r:id=\"{workbook.GetIdOfPart(part)}\"/>");
            }
            var definedNames = _definedNames.Count == 0 ? "" : $"<definedNames>{string.Concat(_definedNames)}</definedNames>";
            var properties = _date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
            Feed(workbook, $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\">{properties}<sheets>{sheets}</sheets>{definedNames}</workbook>");

            Feed(workbook.AddNewPart<WorkbookStylesPart>(), _styles.Xml());
            if (_sharedStrings.Count > 0)
                Feed(workbook.AddNewPart<SharedStringTablePart>(),
                    $"<sst xmlns=\"{Main}\" count=\"{_sharedStrings.Count}\" uniqueCount=\"{_sharedStrings.Count}\">{string.Concat(_sharedStrings)}</sst>");
            if (_theme is not null) Feed(workbook.AddNewPart<ThemePart>(), _theme);
            if (_title is not null) document.PackageProperties.Title = _title;
        }
        return stream.ToArray();
    }

    public DocumentContent Read() => ReadBytes(Build());

    public static DocumentContent ReadBytes(byte[] bytes, string fileName = "harrow-scorecard-q1-2023-24.xlsx") =>
        new XlsxReader().Read(new DocumentSource(fileName, fileName, "0", bytes.Length, "xlsx"), new MemoryStream(bytes));

    internal int SharedString(string siXml)
    {
        if (_sharedIndex.TryGetValue(siXml, out var index)) return index;
        _sharedStrings.Add(siXml);
        return _sharedIndex[siXml] = _sharedStrings.Count - 1;
    }

    public static string Escape(string text) => SecurityElement.Escape(text);

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = Encoding.UTF8.GetBytes(xml);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>The Office 2013-2022 theme's colour scheme, the part's only content the reader looks at.</summary>
    public static string OfficeTheme(string accent1 = "4472C4", string accent6 = "70AD47") => $"""
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>
        <a:clrScheme name="Office">
        <a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
        <a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>
        <a:accent1><a:srgbClr val="{accent1}"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>
        <a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>
        <a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="{accent6}"/></a:accent6>
        <a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
        </a:clrScheme></a:themeElements></a:theme>
        """;

    /// <summary>styles.xml: Calibri 11 in theme text colour as font 0, Excel's two placeholder fills, then what tests add.</summary>
    private sealed class StyleBook
    {
        private readonly List<string> _formats = [];
        private readonly List<string> _fonts = ["<font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/></font>"];
        private readonly List<string> _fills = ["<fill><patternFill patternType=\"none\"/></fill>", "<fill><patternFill patternType=\"gray125\"/></fill>"];
        private readonly List<string> _xfs = ["<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"];

        public string? Raw { get; set; }

        public int Add(int? numFmtId, string? format, string? fill, bool bold, string? fontColour, string? fillPattern)
        {
            var formatId = numFmtId ?? 0;
            if (format is not null)
            {
                formatId = 164 + _formats.Count;
                _formats.Add($"<numFmt numFmtId=\"{formatId}\" formatCode=\"{Escape(format)}\"/>");
            }
            var fontId = 0;
            if (bold || fontColour is not null)
            {
                _fonts.Add($"<font>{(bold ? "<b/>" : "")}<sz val=\"11\"/><color {fontColour ?? "theme=\"1\""}/><name val=\"Calibri\"/></font>");
                fontId = _fonts.Count - 1;
            }
            var fillId = 0;
            if (fill is not null)
            {
                _fills.Add($"<fill><patternFill patternType=\"{fillPattern}\"><fgColor {fill}/><bgColor indexed=\"64\"/></patternFill></fill>");
                fillId = _fills.Count - 1;
            }
            _xfs.Add($"<xf numFmtId=\"{formatId}\" fontId=\"{fontId}\" fillId=\"{fillId}\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
            return _xfs.Count - 1;
        }

        public string Xml() => Raw ?? $"<styleSheet xmlns=\"{Main}\">"
            + (_formats.Count > 0 ? $"<numFmts count=\"{_formats.Count}\">{string.Concat(_formats)}</numFmts>" : "")
            + $"<fonts count=\"{_fonts.Count}\">{string.Concat(_fonts)}</fonts>"
            + $"<fills count=\"{_fills.Count}\">{string.Concat(_fills)}</fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + $"<cellXfs count=\"{_xfs.Count}\">{string.Concat(_xfs)}</cellXfs>"
            + "</styleSheet>";
    }
}

/// <summary>One worksheet's XML, row by row.</summary>
internal sealed class SheetBuilder(XlsxFixture workbook, string name, string? state)
{
    private readonly SortedDictionary<int, (string Attributes, List<string> Cells)> _rows = [];
    private readonly List<string> _merges = [];
    private readonly List<string> _columns = [];
    private readonly List<string> _extra = [];
    private string? _verbatim;

    public string Name { get; } = name;
    public string? State { get; } = state;

    /// <summary>
    /// Cells of one 1-based row from column A on; null leaves a column empty. A string is a shared
    /// string, a number a numeric cell, an <see cref="X"/> anything else.
    /// </summary>
    public SheetBuilder Row(int number, params object?[] cells) => RowAt(number, 0, cells);

    /// <summary>Like <see cref="Row"/>, starting at a 0-based column.</summary>
    public SheetBuilder RowAt(int number, int firstColumn, params object?[] cells)
    {
        var row = RowEntry(number);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is null) continue;
            var reference = Column(firstColumn + i) + number.ToString(CultureInfo.InvariantCulture);
            var cell = cells[i] switch
            {
                X x => x,
                string text => X.S(text),
                double value => X.N(value),
                int value => X.N(value),
                _ => throw new ArgumentException($"unsupported cell {cells[i]}"),
            };
            row.Cells.Add(cell.Xml(reference, workbook));
        }
        return this;
    }

    /// <summary>Row attributes such as s="3" customFormat="1" or hidden="1".</summary>
    public SheetBuilder RowAttributes(int number, string attributes)
    {
        var row = RowEntry(number);
        _rows[number] = (attributes, row.Cells);
        return this;
    }

    /// <summary>Verbatim XML inside a row, for cells the helpers do not make.</summary>
    public SheetBuilder RawCells(int number, string xml)
    {
        RowEntry(number).Cells.Add(xml);
        return this;
    }

    public SheetBuilder Merge(string reference)
    {
        _merges.Add($"<mergeCell ref=\"{reference}\"/>");
        return this;
    }

    public SheetBuilder ColumnStyle(int min, int max, int style)
    {
        _columns.Add($"<col min=\"{min}\" max=\"{max}\" width=\"10\" style=\"{style}\" customWidth=\"1\"/>");
        return this;
    }

    public SheetBuilder HiddenColumns(int min, int max)
    {
        _columns.Add($"<col min=\"{min}\" max=\"{max}\" width=\"0\" hidden=\"1\" customWidth=\"1\"/>");
        return this;
    }

    /// <summary>Verbatim XML after sheetData (conditionalFormatting and the like).</summary>
    public SheetBuilder After(string xml)
    {
        _extra.Add(xml);
        return this;
    }

    /// <summary>Replaces the whole worksheet XML (rows out of order, odd namespaces ...); {0} is the main namespace.</summary>
    public SheetBuilder Verbatim(string worksheetXml)
    {
        _verbatim = worksheetXml;
        return this;
    }

    public string Xml()
    {
        if (_verbatim is not null) return _verbatim.Replace("{0}", XlsxFixture.Main, StringComparison.Ordinal);
        var rows = new StringBuilder();
        foreach (var (number, (attributes, cells)) in _rows)
            rows.Append(CultureInfo.InvariantCulture, $"<row r=\"{number}\"{(attributes.Length > 0 ? " " + attributes : "")}>{string.Concat(cells)}</row>");
        var columns = _columns.Count == 0 ? "" : $"<cols>{string.Concat(_columns)}</cols>";
        var merges = _merges.Count == 0 ? "" : $"<mergeCells count=\"{_merges.Count}\">{string.Concat(_merges)}</mergeCells>";
        return $"<worksheet xmlns=\"{XlsxFixture.Main}\" xmlns:r=\"{XlsxFixture.Relationships}\">{columns}<sheetData>{rows}</sheetData>{merges}{string.Concat(_extra)}</worksheet>";
    }

    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private (string Attributes, List<string> Cells) RowEntry(int number)
    {
        if (!_rows.TryGetValue(number, out var row)) _rows[number] = row = ("", []);
        return row;
    }
}

/// <summary>A cell of any type, with an optional style index.</summary>
internal abstract record X(int Style)
{
    public static X S(string text, int style = 0) => new Shared($"<si><t xml:space=\"preserve\">{XlsxFixture.Escape(text)}</t></si>", style);

    /// <summary>A rich-text shared string; each run is (text, rPr content such as "&lt;b/&gt;&lt;color rgb=\"FFFF0000\"/&gt;" or null for no rPr).</summary>
    public static X Rich(int style, params (string Text, string? Properties)[] runs) => new Shared(
        "<si>" + string.Concat(runs.Select(r =>
            $"<r>{(r.Properties is null ? "" : $"<rPr>{r.Properties}</rPr>")}<t xml:space=\"preserve\">{XlsxFixture.Escape(r.Text)}</t></r>")) + "</si>",
        style);

    /// <summary>A shared string given as its raw si content.</summary>
    public static X SharedXml(string siXml, int style = 0) => new Shared(siXml, style);

    public static X N(double number, int style = 0) =>
        new Typed(null, $"<v>{number.ToString("R", CultureInfo.InvariantCulture)}</v>", style);

    /// <summary>A number written exactly as given in v (e.g. "0.1" or "1E-3").</summary>
    public static X V(string value, int style = 0) => new Typed(null, $"<v>{value}</v>", style);

    public static X Inline(string text, int style = 0) =>
        new Typed("inlineStr", $"<is><t xml:space=\"preserve\">{XlsxFixture.Escape(text)}</t></is>", style);

    public static X Bool(bool value, int style = 0) => new Typed("b", $"<v>{(value ? 1 : 0)}</v>", style);

    public static X Error(string code, int style = 0) => new Typed("e", $"<v>{XlsxFixture.Escape(code)}</v>", style);

    /// <summary>A formula cell with its cached value; type "str" for a text result, null for a number.</summary>
    public static X Formula(string formula, string? cached, string? type = null, int style = 0) =>
        new Typed(type, $"<f>{XlsxFixture.Escape(formula)}</f>{(cached is null ? "" : $"<v>{XlsxFixture.Escape(cached)}</v>")}", style);

    public static X IsoDate(string value, int style = 0) => new Typed("d", $"<v>{value}</v>", style);

    /// <summary>A cell with a style and no value: a fill-only RAG cell.</summary>
    public static X Blank(int style) => new Typed(null, "", style);

    public abstract string Xml(string reference, XlsxFixture workbook);

    protected string StyleAttribute => Style == 0 ? "" : $" s=\"{Style}\"";

    private sealed record Shared(string SiXml, int Style) : X(Style)
    {
        public override string Xml(string reference, XlsxFixture workbook) =>
            $"<c r=\"{reference}\"{StyleAttribute} t=\"s\"><v>{workbook.SharedString(SiXml)}</v></c>";
    }

    private sealed record Typed(string? Type, string Content, int Style) : X(Style)
    {
        public override string Xml(string reference, XlsxFixture workbook) => Content.Length == 0
            ? $"<c r=\"{reference}\"{StyleAttribute}/>"
            : $"<c r=\"{reference}\"{StyleAttribute}{(Type is null ? "" : $" t=\"{Type}\"")}>{Content}</c>";
    }
}
