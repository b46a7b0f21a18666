using Ingest.Core.Tables;

namespace Ingest.Explorer.Data;

/// <summary>
/// One stored observation, every column as text (as the dataset contract writes it), with the document it came
/// from, its page and its row's box on that page (points, origin top-left) when the reader knew them.
/// </summary>
/// <param name="Revisions">How many documents reported this council, indicator and period; 0 when this is not the current value.</param>
public sealed record ObservationDetail(
    long Id,
    IReadOnlyDictionary<string, string> Fields,
    string IndicatorId,
    StoredDocument Document,
    int? Page,
    BoundingBox? RowBox,
    int Revisions)
{
    public string Field(string name) => Fields.GetValueOrDefault(name, "");
}
