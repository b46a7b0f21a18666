namespace Ingest.Readers.Xlsx.Tests;
