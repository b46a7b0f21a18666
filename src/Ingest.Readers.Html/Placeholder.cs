namespace Ingest.Readers.Html;
