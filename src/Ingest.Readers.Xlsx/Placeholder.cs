namespace Ingest.Readers.Xlsx;
