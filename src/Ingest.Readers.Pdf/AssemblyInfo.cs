using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Ingest.Readers.Pdf.Tests")]
