using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Ingest.Explorer.Pages;

/// <summary>
/// Builds a page from interpolated fragments in which every value is HTML-encoded unless it is
/// <see cref="RawHtml"/>: names come from documents, so escaping is the default that cannot be forgotten.
/// Numbers and dates are formatted in the invariant culture.
/// </summary>
public sealed class Html
{
    // Every script kept as itself (no &#x2014; for a dash); markup characters and quotes are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _text = new();

    public Html Add(FormattableString fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        var arguments = fragment.GetArguments().Select(a => (object)new Encoded(a)).ToArray();
        _text.Append(string.Format(CultureInfo.InvariantCulture, fragment.Format, arguments));
        return this;
    }

    public Html Add(RawHtml markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        _text.Append(markup.Markup);
        return this;
    }

    public Html Add(Html fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        _text.Append(fragment._text);
        return this;
    }

    public RawHtml ToRaw() => new(_text.ToString());

    public override string ToString() => _text.ToString();

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <summary>A link's query string, each value escaped for a URL (the whole href is then HTML-encoded too).</summary>
    public static string Query(string path, params (string Name, string? Value)[] parameters) =>
        path + "?" + string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)));

    private sealed class Encoded(object? value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => value switch
        {
            null => "",
            RawHtml raw => raw.Markup,
            Html html => html.ToString(),
            IFormattable formattable => Encode(formattable.ToString(format, CultureInfo.InvariantCulture)),
            _ => Encode(value.ToString()),
        };

        public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
    }
}
