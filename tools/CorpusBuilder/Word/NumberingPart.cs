using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>One bullet list, as Word's "Bullets" button makes it (a Symbol-font middle dot).</summary>
internal static class NumberingPart
{
    public const int BulletListId = 1;

    public static Numbering Build() => new(
        new AbstractNum(
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\uF0B7" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = "Symbol", HighAnsi = "Symbol", Hint = FontTypeHintValues.Default }))
            { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletListId });
}
