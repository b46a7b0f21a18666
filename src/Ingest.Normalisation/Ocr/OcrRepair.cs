namespace Ingest.Normalisation.Ocr;

/// <summary>The outcome of repairing one line of OCR'd text.</summary>
/// <param name="Raw">The text as OCR read it.</param>
/// <param name="Text">The text after the repairs.</param>
/// <param name="Penalty">How much the confidence drops for the repairs (0 when none was made).</param>
/// <param name="Repairs">The kinds of repair made, in order: arrow, homoglyph, number, percent, vocabulary.</param>
public sealed record OcrRepair(string Raw, string Text, double Penalty, IReadOnlyList<string> Repairs)
{
    public bool Changed => Repairs.Count > 0;
}
