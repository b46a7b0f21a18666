using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Tests;

public sealed class SaveDocumentTests() : SaveDocumentConformance(new SqliteEngine())
{
    private TempDatabase Db => ((SqliteEngine)Engine).Temp;

    [Fact]
    public void Values_are_stored_with_their_sql_types_and_absent_values_as_null()
    {
        using (var store = Db.Open()) store.SaveDocument(HarrowLoad());

        var row = ReadOnlyQuery.Run(Db.DbPath, """
            SELECT typeof(target), typeof(actual), typeof(confidence), typeof("table"), typeof("row"), typeof(page),
                   typeof(commentary), typeof(polarity), period_start, period_end
            FROM observation WHERE indicator_key = 'pct-operating-time-without-active-p1-incidents'
            """).Rows.Single();

        // 99.29% with no target in Q4 2022/23 (seed 000).
        row.Should().Equal("null", "real", "real", "integer", "integer", "null", "null", "text", "2023-01-01", "2023-03-31");
    }
}
