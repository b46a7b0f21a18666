using System.Xml;

namespace Ingest.Readers.Packages;

/// <summary>
/// Names why a package part's XML was refused. The parts are read with DTDs prohibited, so an entity
/// bomb (billion laughs) or an external entity (a file or URL pulled into the text) stops at the
/// DOCTYPE, and the user is told that rather than "damaged".
/// </summary>
public static class PartXmlFailure
{
    public const string DtdRefused = "its XML declares a DTD; DTDs are refused, so entities are never expanded";

    /// <param name="noun">"Word document", "Excel workbook".</param>
    public static string Describe(XmlException e, string noun)
    {
        ArgumentNullException.ThrowIfNull(e);
        // The reader's only signal is its message; the prohibited-DTD one names the DTD in every .NET version.
        return e.Message.Contains("DTD", StringComparison.Ordinal)
            ? $"not a valid {noun} ({DtdRefused})"
            : $"not a valid {noun} (its XML is damaged)";
    }
}
