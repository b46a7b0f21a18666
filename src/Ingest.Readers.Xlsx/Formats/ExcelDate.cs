namespace Ingest.Readers.Xlsx.Formats;

/// <summary>
/// Excel's date serials. In the 1900 system serial 1 is 1 January 1900 and serial 60 is the
/// 29 February 1900 that Lotus 1-2-3 invented, so serials from 61 on count from 30 December 1899.
/// The 1904 system (old Mac workbooks) counts from 1 January 1904.
/// </summary>
internal static class ExcelDate
{
    /// <summary>31 December 9999, the last day Excel shows.</summary>
    public const double MaxSerial = 2958466;

    private static readonly DateTime Epoch1900 = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime Epoch1904 = new(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime FirstRealLeapDay = new(1900, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The calendar day of a whole serial, or null outside Excel's range.</summary>
    public static DateTime? Day(long days, bool date1904)
    {
        if (days < 0 || days >= MaxSerial) return null;
        if (date1904) return Epoch1904.AddDays(days);
        // Serials before the phantom leap day are one day "late" against a real calendar; 60 itself
        // has no real date and is shown as the 28th, the nearest day that exists.
        return days switch
        {
            < 60 => Epoch1900.AddDays(days + 1),
            60 => new DateTime(1900, 2, 28, 0, 0, 0, DateTimeKind.Unspecified),
            _ => Epoch1900.AddDays(days),
        };
    }

    public static double ToSerial(DateTime value, bool date1904)
    {
        if (date1904) return (value - Epoch1904).TotalDays;
        var serial = (value - Epoch1900).TotalDays;
        return value < FirstRealLeapDay ? serial - 1 : serial;
    }
}
