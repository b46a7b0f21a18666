using Npgsql;

namespace Ingest.Store.Postgres.Tests;

public sealed class StoreDatabasesTests
{
    [Theory]
    [InlineData("postgres://ingest:s3cr%40t@db.example.org:6543/scorecards?sslmode=require")]
    [InlineData("postgresql://ingest:s3cr%40t@db.example.org:6543/scorecards?sslmode=require")]
    [InlineData("Host=db.example.org;Port=6543;Username=ingest;Password=s3cr@t;Database=scorecards;SSL Mode=Require")]
    public void A_url_or_a_connection_string_names_a_postgresql_database(string db)
    {
        var database = StoreDatabases.Open(db);

        var postgres = database.Should().BeOfType<PostgresDatabase>().Subject;
        var builder = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database, builder.SslMode)
            .Should().Be(("db.example.org", 6543, "ingest", "s3cr@t", "scorecards", SslMode.Require));
        postgres.Name.Should().Be("postgres://ingest@db.example.org:6543/scorecards").And.NotContain("s3cr");
    }

    [Theory]
    [InlineData("scorecards.db")]
    [InlineData("/data/team=finance/scorecards.db")]
    [InlineData("C:\\data\\scorecards.db")]
    public void Anything_else_is_a_sqlite_file(string db) =>
        StoreDatabases.Open(db).Should().BeOfType<SqliteDatabase>().Which.Path.Should().Be(db);

    [Fact]
    public void A_url_without_a_port_uses_the_default_port()
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreDatabases.ConnectionString("postgres://ingest@localhost/scorecards"));

        (builder.Host, builder.Port, builder.Database).Should().Be(("localhost", 5432, "scorecards"));
    }

    [Fact]
    public void An_unreadable_url_is_a_one_line_error()
    {
        var act = () => StoreDatabases.Open("postgres://ingest@db.example.org/scorecards?no_such_option=1");

        act.Should().Throw<ArgumentException>().WithMessage("PostgreSQL URL option 'no_such_option'*");
    }
}
