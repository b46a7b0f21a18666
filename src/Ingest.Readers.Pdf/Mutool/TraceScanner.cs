using System.Globalization;
using System.Text;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// Reads the tags of mutool's trace output straight from its byte stream, one at a time, without
/// building strings for what is not kept. mutool writes one tag per line with every attribute value
/// quoted and XML-escaped; a general XML reader spends most of a document's time on that stream
/// (decoding, name tables, a string per attribute), which is why this narrow scanner exists.
/// Attribute values stay valid until the next call to <see cref="Next"/>.
/// </summary>
internal sealed class TraceScanner
{
    private const int MaxAttributes = 16;

    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();

    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    private byte[] _line = [];
    private int _lineEnd;
    private int _position;
    private readonly (int NameStart, int NameLength, int ValueStart, int ValueLength)[] _attributes = new (int, int, int, int)[MaxAttributes];
    private int _attributeCount;

    public TraceScanner(Stream stream) => _stream = stream;

    /// <summary>The current tag's name (without '/').</summary>
    public string Name { get; private set; } = "";

    /// <summary>True for a closing tag (&lt;/page&gt;).</summary>
    public bool IsEnd { get; private set; }

    /// <summary>True for a tag closed in place (&lt;g .../&gt;).</summary>
    public bool IsEmpty { get; private set; }

    /// <summary>Moves to the next tag; false at the end of the stream.</summary>
    public bool Next()
    {
        while (true)
        {
            if (_position >= _lineEnd && !NextLine()) return false;
            var lt = Array.IndexOf(_line, (byte)'<', _position, _lineEnd - _position);
            if (lt < 0)
            {
                _position = _lineEnd;
                continue;
            }
            var gt = Array.IndexOf(_line, (byte)'>', lt, _lineEnd - lt);
            if (gt < 0) throw new InvalidDataException("a tag in mutool's output is not closed on its line");
            ParseTag(lt + 1, gt);
            _position = gt + 1;
            return true;
        }
    }

    /// <summary>A number attribute, or <paramref name="fallback"/> when absent or not a number.</summary>
    public double Number(ReadOnlySpan<byte> name, double fallback = 0)
    {
        var value = Value(name);
        return !value.IsEmpty && DecimalBytes.TryParse(value, out var number)
            ? number
            : fallback;
    }

    /// <summary>Space-separated numbers of an attribute into <paramref name="into"/>; how many were read (-1 if malformed).</summary>
    public int Numbers(ReadOnlySpan<byte> name, Span<double> into)
    {
        var value = Value(name);
        if (value.IsEmpty) return 0;
        var count = 0;
        foreach (var range in value.Split((byte)' '))
        {
            var part = value[range];
            if (part.IsEmpty) continue;
            if (count == into.Length) return count + 1;
            if (!DecimalBytes.TryParse(part, out var number)) return -1;
            into[count++] = number;
        }
        return count;
    }

    public bool Has(ReadOnlySpan<byte> name) => Find(name) >= 0;

    /// <summary>An attribute's text, unescaped, or null when absent. Single ASCII characters are not allocated.</summary>
    public string? Text(ReadOnlySpan<byte> name)
    {
        var index = Find(name);
        if (index < 0) return null;
        var value = _line.AsSpan(_attributes[index].ValueStart, _attributes[index].ValueLength);
        if (value.Length == 1 && value[0] < 128) return Ascii[value[0]];
        var text = Encoding.UTF8.GetString(value);
        return value.IndexOf((byte)'&') < 0 ? text : Unescape(text);
    }

    private ReadOnlySpan<byte> Value(ReadOnlySpan<byte> name)
    {
        var index = Find(name);
        return index < 0 ? default : _line.AsSpan(_attributes[index].ValueStart, _attributes[index].ValueLength);
    }

    private int Find(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < _attributeCount; i++)
            if (_line.AsSpan(_attributes[i].NameStart, _attributes[i].NameLength).SequenceEqual(name))
                return i;
        return -1;
    }

    private void ParseTag(int from, int to)
    {
        IsEnd = _line[from] == '/';
        if (IsEnd) from++;
        IsEmpty = to > from && _line[to - 1] == '/';
        if (IsEmpty) to--;
        var nameEnd = from;
        while (nameEnd < to && _line[nameEnd] is not ((byte)' ' or (byte)'\t' or (byte)'/')) nameEnd++;
        Name = TagName(_line.AsSpan(from, nameEnd - from));
        _attributeCount = 0;
        var i = nameEnd;
        while (i < to && _attributeCount < MaxAttributes)
        {
            while (i < to && _line[i] is (byte)' ' or (byte)'\t') i++;
            var nameStart = i;
            while (i < to && _line[i] != '=') i++;
            if (i + 1 >= to || _line[i + 1] != '"') break;
            var nameLength = i - nameStart;
            var valueStart = i + 2;
            var close = Array.IndexOf(_line, (byte)'"', valueStart, to - valueStart);
            if (close < 0) throw new InvalidDataException("an attribute in mutool's output is not closed");
            _attributes[_attributeCount++] = (nameStart, nameLength, valueStart, close - valueStart);
            i = close + 1;
        }
    }

    /// <summary>The tag names mutool writes, interned so callers can switch on them without allocating.</summary>
    private static string TagName(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("g"u8) => "g",
        _ when name.SequenceEqual("span"u8) => "span",
        _ when name.SequenceEqual("moveto"u8) => "moveto",
        _ when name.SequenceEqual("lineto"u8) => "lineto",
        _ when name.SequenceEqual("curveto"u8) => "curveto",
        _ when name.SequenceEqual("closepath"u8) => "closepath",
        _ when name.SequenceEqual("fill_text"u8) => "fill_text",
        _ when name.SequenceEqual("stroke_text"u8) => "stroke_text",
        _ when name.SequenceEqual("ignore_text"u8) => "ignore_text",
        _ when name.SequenceEqual("fill_path"u8) => "fill_path",
        _ when name.SequenceEqual("stroke_path"u8) => "stroke_path",
        _ when name.SequenceEqual("page"u8) => "page",
        _ when name.SequenceEqual("document"u8) => "document",
        _ => Encoding.ASCII.GetString(name),
    };

    /// <summary>The next line of output (without its newline) into <see cref="_line"/>; false at the end.</summary>
    private bool NextLine()
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                SetLine(_start, newline);
                _start = newline + 1;
                return true;
            }
            if (_eof)
            {
                if (_start >= _end) return false;
                SetLine(_start, _end);
                _start = _end;
                return true;
            }
            Fill();
        }
    }

    private void SetLine(int from, int to)
    {
        // Lines are parsed in place in the read buffer: no copy unless the buffer must move.
        _line = _buffer;
        _lineEnd = to;
        _position = from;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        else _end += read;
    }

    private static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var semicolon = text[i] == '&' ? text.IndexOf(';', i) : -1;
            if (semicolon < 0)
            {
                sb.Append(text[i]);
                continue;
            }
            var entity = text.AsSpan(i + 1, semicolon - i - 1);
            if (entity.SequenceEqual("amp")) sb.Append('&');
            else if (entity.SequenceEqual("lt")) sb.Append('<');
            else if (entity.SequenceEqual("gt")) sb.Append('>');
            else if (entity.SequenceEqual("quot")) sb.Append('"');
            else if (entity.SequenceEqual("apos")) sb.Append('\'');
            else if (entity.Length > 1 && entity[0] == '#' && TryCode(entity[1..], out var code)) sb.Append(char.ConvertFromUtf32(code));
            else
            {
                sb.Append(text[i]);
                continue;
            }
            i = semicolon;
        }
        return sb.ToString();
    }

    private static bool TryCode(ReadOnlySpan<char> digits, out int code)
    {
        var ok = digits.Length > 1 && digits[0] is 'x' or 'X'
            ? int.TryParse(digits[1..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
        return ok && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);
    }
}
