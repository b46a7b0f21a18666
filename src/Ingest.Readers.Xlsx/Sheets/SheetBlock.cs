using Ingest.Core.Tables;

namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>
/// One block of a sheet: the title lines above it and, unless the block is only titles or notes,
/// the table below them.
/// </summary>
/// <param name="DroppedCells">Cells beyond <see cref="SheetTableBuilder.MaxColumns"/> columns, left out of the table.</param>
internal sealed record SheetBlock(IReadOnlyList<string> Titles, IReadOnlyList<TableRow>? Rows, int ColumnCount, int DroppedCells);
