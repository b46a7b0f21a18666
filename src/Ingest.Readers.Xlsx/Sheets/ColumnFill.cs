namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>Columns Left..Right (0-based, inclusive) formatted with a fill.</summary>
internal readonly record struct ColumnFill(int Left, int Right, string Fill);
