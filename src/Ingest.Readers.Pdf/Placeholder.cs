namespace Ingest.Readers.Pdf;
