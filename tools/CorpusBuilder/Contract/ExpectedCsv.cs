using System.Text;
using Ingest.Core.Observations;

namespace CorpusBuilder.Contract;

/// <summary>The gold file beside each document: the contract's header, one line per observation, '\n' line ends, UTF-8 without BOM.</summary>
internal static class ExpectedCsv
{
    public static byte[] Write(IEnumerable<Observation> observations)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", ObservationColumns.Names)).Append('\n');
        foreach (var o in observations) sb.Append(CsvText.Line(ObservationColumns.Values(o))).Append('\n');
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }
}
