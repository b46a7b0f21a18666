namespace Ingest.Readers.Html.Tests;
