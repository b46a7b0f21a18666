namespace Ingest.Readers.Pdf.Tests;
