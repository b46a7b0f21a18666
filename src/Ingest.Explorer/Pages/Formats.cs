using System.Globalization;
using Ingest.Explorer.Views;

namespace Ingest.Explorer.Pages;

/// <summary>How values read on a page: numbers without trailing zeros, percentages marked, RAG as a class and a letter.</summary>
public static class Formats
{
    public static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public static string Value(ValueCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Actual is { } a ? Number(a) + (cell.Unit == "percent" ? "%" : "") : "–";
    }

    /// <summary>A CSS class for the RAG colour; only known words, so a document's text never becomes a class name.</summary>
    public static string RagClass(string rag) => rag.ToLowerInvariant() switch
    {
        "red" => "rag-red",
        "amber" => "rag-amber",
        "green" => "rag-green",
        "blue" => "rag-blue",
        _ => "rag-none",
    };

    /// <summary>The RAG's letter too, so the colour is never the only signal.</summary>
    public static string RagLetter(string rag) => rag.Length > 0 ? char.ToUpperInvariant(rag[0]).ToString() : "";

    public static string SourceLink(long observationId) => "/source/" + observationId.ToString(CultureInfo.InvariantCulture);
}
