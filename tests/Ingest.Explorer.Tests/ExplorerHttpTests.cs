using System.Net;
using System.Text.Json;

namespace Ingest.Explorer.Tests;

/// <summary>The explorer over HTTP without a browser: the JSON endpoints, encoding, errors and read-only routes.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerHttpTests(ExplorerSite site)
{
    [Fact]
    public async Task Compare_by_group_returns_both_councils_with_linked_values()
    {
        using var json = JsonDocument.Parse(await site.Client.GetStringAsync($"/api/compare?indicator={ExplorerSite.TemporaryAccommodation}&group=outer-london"));

        var root = json.RootElement;
        root.GetProperty("indicator").GetProperty("unit").GetString().Should().Be("count");
        root.GetProperty("indicator").GetProperty("polarity").GetString().Should().Be("lower");
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("council").GetString()).Should().Equal("brent", "harrow");
        var brentQ2 = rows[0].GetProperty("cells").EnumerateArray().Where(c => c.ValueKind != JsonValueKind.Null)
            .Single(c => c.GetProperty("period").GetString() == "Q2 2023/24");
        brentQ2.GetProperty("observationId").GetInt64().Should().BePositive();
        brentQ2.GetProperty("rag").GetString().Should().NotBeEmpty();
    }

    [RequiresMutoolFact]
    public async Task A_value_from_a_pdf_names_its_page_and_the_box_of_its_row()
    {
        var id = await BrentQ2Id();
        using var json = JsonDocument.Parse(await site.Client.GetStringAsync($"/api/observations/{id}"));

        var root = json.RootElement;
        root.GetProperty("documentFormat").GetString().Should().Be("pdf");
        root.GetProperty("page").GetInt32().Should().BePositive();
        root.GetProperty("rowBox").GetProperty("width").GetDouble().Should().BePositive();
        root.GetProperty("fields").GetProperty("actual_raw").GetString().Should().NotBeEmpty();

        using var png = await site.Client.GetAsync($"/source/{id}/page.png");
        png.StatusCode.Should().Be(HttpStatusCode.OK);
        png.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
    }

    [Fact]
    public async Task A_value_from_a_word_document_shows_its_table_row_and_raw_text_without_a_page_image()
    {
        var html = await site.Client.GetStringAsync($"/source/{site.HostileObservationId}");

        html.Should().Contain("<dt>Table</dt>").And.Contain("<dt>Row</dt>").And.Contain("actual_raw").And.Contain("not paged");
        html.Should().NotContain("id=\"source-page\"");
    }

    [Fact]
    public async Task A_name_with_markup_is_encoded_in_every_page_that_shows_it()
    {
        foreach (var path in new[] { "/indicators", $"/source/{site.HostileObservationId}", $"/compare?indicator={Uri.EscapeDataString(ExplorerSite.HostileKey)}" })
        {
            var html = await site.Client.GetStringAsync(path);
            html.Should().Contain("&lt;script&gt;window.injected", path).And.NotContain("<script>window.injected", path);
            html.Should().NotContain("<b>placed</b>", path);
        }
    }

    [Fact]
    public async Task An_unknown_group_is_a_one_line_error_not_a_stack_trace()
    {
        using var response = await site.Client.GetAsync($"/api/compare?indicator={ExplorerSite.TemporaryAccommodation}&group=nowhere");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Be("{\"error\":\"no comparison group 'nowhere' in the councils rules\"}");
    }

    [Fact]
    public async Task The_explorer_only_reads_a_post_is_refused()
    {
        using var response = await site.Client.PostAsync("/api/indicators", new StringContent(""));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Trend_returns_one_period_type_in_time_order_and_marks_revisions()
    {
        using var json = JsonDocument.Parse(await site.Client.GetStringAsync($"/api/trend?indicator={ExplorerSite.TemporaryAccommodation}&council=harrow"));

        var points = json.RootElement.GetProperty("points").EnumerateArray().ToList();
        points.Should().NotBeEmpty();
        json.RootElement.GetProperty("periodType").GetString().Should().Be("quarter");
        // Harrow's Q2 scorecard re-reports Q1 2023/24, first reported in the Q1 scorecard.
        points.Single(p => p.GetProperty("period").GetString() == "Q1 2023/24").GetProperty("revisions").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Findings_are_filtered_by_check()
    {
        using var all = JsonDocument.Parse(await site.Client.GetStringAsync("/api/findings"));
        var checks = all.RootElement.EnumerateArray().Select(f => f.GetProperty("check").GetString()).Distinct().ToList();
        checks.Should().NotBeEmpty("the check fixtures hold deliberate faults");

        using var one = JsonDocument.Parse(await site.Client.GetStringAsync($"/api/findings?check={checks[0]}"));
        one.RootElement.EnumerateArray().Should().OnlyContain(f => f.GetProperty("check").GetString() == checks[0]);
    }

    [Fact]
    public void A_missing_database_is_a_one_line_reason()
    {
        var act = () => ExplorerServer.Create(new ExplorerOptions(Path.Combine(Path.GetTempPath(), "no-such-explorer.db")));

        act.Should().Throw<FileNotFoundException>().WithMessage("no database at *; run 'ingest run' first");
    }

    private async Task<long> BrentQ2Id()
    {
        using var json = JsonDocument.Parse(await site.Client.GetStringAsync($"/api/trend?indicator={ExplorerSite.TemporaryAccommodation}&council=brent"));
        return json.RootElement.GetProperty("points").EnumerateArray()
            .Single(p => p.GetProperty("period").GetString() == "Q2 2023/24").GetProperty("observationId").GetInt64();
    }
}
