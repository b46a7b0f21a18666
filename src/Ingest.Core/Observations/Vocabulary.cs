namespace Ingest.Core.Observations;

// Names are written lower-case in the dataset (see docs/dataset.md).
public enum Polarity { Higher, Lower, None }

public enum Unit { Percent, Count, Days, Seconds, Rate, Currency, Weight, Text }

public enum PeriodType { Quarter, Month, Year, AcademicYear, RollingTwelveMonths, Snapshot, YearToDate }

public enum Rag { Red, Amber, Green, Blue }

public enum RagSource { Text, Colour, Derived }

public enum Direction { Improving, Same, Declining }

public static class VocabularyNames
{
    public static string Name(this Polarity v) => v.ToString().ToLowerInvariant();
    public static string Name(this Unit v) => v.ToString().ToLowerInvariant();
    public static string Name(this Rag v) => v.ToString().ToLowerInvariant();
    public static string Name(this RagSource v) => v.ToString().ToLowerInvariant();
    public static string Name(this Direction v) => v.ToString().ToLowerInvariant();

    public static string Name(this PeriodType v) => v switch
    {
        PeriodType.AcademicYear => "academic_year",
        PeriodType.RollingTwelveMonths => "rolling_12m",
        PeriodType.YearToDate => "year_to_date",
        _ => v.ToString().ToLowerInvariant(),
    };

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(name)) return false;
        foreach (var candidate in Enum.GetValues<T>())
        {
            var written = candidate switch
            {
                PeriodType p => p.Name(),
                _ => candidate.ToString().ToLowerInvariant(),
            };
            if (string.Equals(written, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }
}
