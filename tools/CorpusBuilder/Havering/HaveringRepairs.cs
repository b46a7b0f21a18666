namespace CorpusBuilder.Havering;

/// <summary>
/// The seed was read from a PDF by OCR. Its misreadings of text that is not a value are repaired so the
/// rebuilt document prints what the council printed; corpus/README.md lists each repair.
/// </summary>
internal static class HaveringRepairs
{
    /// <summary>"ТВС" in Cyrillic capitals (Te, Ve, Es), as the OCR read four target cells; the council wrote TBC.</summary>
    public const string CyrillicTbc = "\u0422\u0412\u0421";

    public static string Repair(string cell) => cell == CyrillicTbc ? "TBC" : cell;
}
