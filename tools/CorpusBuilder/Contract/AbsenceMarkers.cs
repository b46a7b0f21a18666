using System.Text.RegularExpressions;

namespace CorpusBuilder.Contract;

/// <summary>
/// docs/dataset.md, "Which periods become observations": the texts that mean a target, actual or RAG
/// cell is absent. Written from the contract's list, not from extraction-rules, so the gold files stay
/// an independent reading of the contract.
/// </summary>
internal static partial class AbsenceMarkers
{
    private static readonly string[] Exact =
    [
        "-", "–", "N/A", "n/a", "n.a", "Annual", "No survey in quarter", "NEW in 2033/23", "New 23/24",
        "NEW 2023/24", "none set", "Data not yet available", "This indicator is for information about reach",
        // Havering prints a bare NEW where a new indicator has no comparator yet; the contract lists only the
        // longer "NEW in ..." forms, but NEW alone says the same (no value), and the task brief treats it so.
        "NEW",
    ];

    public static bool IsAbsent(string cleanText)
    {
        if (cleanText.Length == 0) return true;
        if (Exact.Any(m => string.Equals(m, cleanText, StringComparison.OrdinalIgnoreCase))) return true;
        return cleanText.StartsWith("Awaiting", StringComparison.OrdinalIgnoreCase)
               || cleanText.StartsWith("No Target -", StringComparison.OrdinalIgnoreCase)
               || ThereIsNoData().IsMatch(cleanText)
               || cleanText.Contains("results will be available", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\bthere is no\b.*\bdata\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThereIsNoData();
}
