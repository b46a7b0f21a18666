namespace CorpusBuilder.Contract;

/// <summary>docs/dataset.md, "Qualifiers": how to read a target cell.</summary>
internal static class TargetQualifier
{
    public static string Of(string cleanTarget)
    {
        var t = cleanTarget;
        if (t.Length == 0) return "";
        // Absence markers that say outright there is no target are the one case the vocabulary names. "This indicator
        // is for information about reach" as a target says the same as "No Target - This indicator is for
        // information about reach" beside it (Harrow's Universal Reach row), so it reads the same.
        if (t.StartsWith("No Target", StringComparison.OrdinalIgnoreCase) || t.Equals("none set", StringComparison.OrdinalIgnoreCase)
            || t.Equals("This indicator is for information about reach", StringComparison.OrdinalIgnoreCase))
            return "no_target";
        if (AbsenceMarkers.IsAbsent(t)) return "";
        if (t.StartsWith(">=", StringComparison.Ordinal) || t.StartsWith('≥')) return "ge";
        if (t.StartsWith('>')) return "gt";
        if (t.StartsWith("<=", StringComparison.Ordinal) || t.StartsWith('≤')) return "le";
        if (t.StartsWith('<')) return "lt";
        var hasNumber = CellNumbers.Read(t).Numbers.Count > 0;
        // "Gap lower than national National 52%" -> 52, lt; without a figure the qualifier names the comparison.
        if (t.StartsWith("Above national", StringComparison.OrdinalIgnoreCase)) return hasNumber ? "gt" : "above_national";
        if (t.StartsWith("Below national", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("Gap lower than national", StringComparison.OrdinalIgnoreCase))
            return hasNumber ? "lt" : "below_national";
        if (t.Equals("BL", StringComparison.OrdinalIgnoreCase)) return "baseline";
        if (t.Equals("TBC", StringComparison.OrdinalIgnoreCase)) return "tbc";
        return hasNumber ? "" : "text";
    }
}
