using Ingest.Explorer.Pages;

namespace Ingest.Explorer.Tests;

public sealed class HtmlTests
{
    [Fact]
    public void Every_value_is_encoded_in_text_and_in_attributes()
    {
        var name = "\"><script>alert('x')</script>";

        var html = new Html().Add($"<td title=\"{name}\">{name}</td>").ToString();

        html.Should().Be("<td title=\"&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;\">&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</td>");
    }

    [Fact]
    public void Markup_the_explorer_made_passes_through_and_numbers_are_invariant()
    {
        var inner = new Html().Add($"<b>{"a<b"}</b>");

        new Html().Add($"<p>{inner} {new RawHtml("<i>x</i>")} {1234.5:0.0} {"Brent — Q2"}</p>").ToString()
            .Should().Be("<p><b>a&lt;b</b> <i>x</i> 1234.5 Brent — Q2</p>");
    }

    [Fact]
    public void A_link_escapes_its_query_values()
    {
        Html.Query("/trend", ("indicator", "provisional:a&b <c>"), ("council", null)).Should().Be("/trend?indicator=provisional%3Aa%26b%20%3Cc%3E");
    }
}
