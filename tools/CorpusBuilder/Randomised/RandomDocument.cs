using System.Globalization;
using CorpusBuilder.Corpus;
using CorpusBuilder.Derivation;
using CorpusBuilder.RealKpi;
using CorpusBuilder.Report;
using CorpusBuilder.Word;
using DocumentFormat.OpenXml;
using Ingest.Core.Observations;

namespace CorpusBuilder.Randomised;

/// <summary>
/// One randomised scorecard document and its gold file. Every choice comes from a stream keyed by the seed and
/// the document's number, so a seed always gives the same documents, and document 7 is the same whether 10 or
/// 1000 are written.
/// </summary>
internal static class RandomDocument
{
    public const string Origin = "random";

    /// <summary>Fonts with fi, fl, ff and ffi ligatures (Carlito is metric-compatible with Calibri, the councils' usual font).</summary>
    public static IReadOnlyList<string> Fonts { get; } = ["Carlito", "Liberation Sans", "Liberation Serif", "DejaVu Sans", "DejaVu Serif", "Linux Libertine O"];

    private const string Note = "Randomised test document: the council's name is real; the indicators and figures are invented and reflect no official data.";

    public static CorpusEntry Build(int seed, int index, string folder)
    {
        var random = new SeededRandom(string.Create(CultureInfo.InvariantCulture, $"random|{seed}|{index}"));
        var choices = Choose(random);
        var council = Council(random, choices);
        var arrowsShowValue = choices.Legend switch
        {
            LegendStyle.Value => true,
            LegendStyle.Performance => false,
            _ => council.ArrowsShowValue ?? throw new InvalidOperationException($"{council.Key} states no arrow convention"),
        };
        // Arrows that show the figure's movement need the polarity printed to say whether it improved.
        if (arrowsShowValue) choices = choices with { PolarityColumn = true };
        var latest = Period.FinancialQuarter(random.Int(2019, 2025), random.Int(1, 4));
        var name = string.Create(CultureInfo.InvariantCulture, $"random-{seed}-{index:000}-{council.Key}.docx");
        var path = folder.Length == 0 ? name : $"{folder}/{name}";
        var description = choices.Describe();
        if (choices.Layout == RandomLayout.KpiBoxes)
        {
            var settings = new KpiBoxSettings(council.Key, council.Phrase, int.Parse(latest.Label[3..7], CultureInfo.InvariantCulture),
                latest.Label[1] - '0', KpiIndicators(random), choices.Dot, arrowsShowValue, $"random|{seed}|{index}", Note);
            var (boxes, expected, count) = KpiBoxReport.Build(settings, name, choices.Font, choices.FontHalfPoints);
            return new CorpusEntry(path, council.Key, latest.Label, description, Origin, new DocxFile(boxes), expected, count);
        }
        var quarters = Enumerable.Range(0, choices.PeriodGroups).Select(back => Back(latest, back)).ToList();
        var marks = new Marks();
        var landscape = choices.PeriodGroups >= 2 || choices.Commentary || choices.Owner;
        var page = landscape ? PageSetup.LandscapeNarrow : PageSetup.PortraitNormal;
        var heading = $"Corporate Performance Scorecard {latest.Label}";
        var (table, observations) = new RandomScorecard(random, choices, marks, arrowsShowValue, quarters).Build(council.Key, name, 1, page.TextWidth, heading);
        var legend = Legend(choices, marks, random);
        var body = new List<OpenXmlElement>
        {
            Blocks.Heading1(council.Phrase),
            Blocks.Heading2(heading),
            Blocks.Text(string.Create(CultureInfo.InvariantCulture, $"Performance to the end of {latest.End:MMMM yyyy}.")),
        };
        var legendFirst = random.Chance(0.5);
        if (legendFirst) body.AddRange(legend);
        body.Add(GridDocx.Table(table));
        body.Add(Blocks.Empty());
        if (!legendFirst) body.AddRange(legend);
        body.Add(Blocks.Paragraph([new TextPiece(Note, Italic: true)]));
        var content = new DocxContent(body, page, council.Phrase, $"{council.Phrase} Corporate Performance Scorecard {latest.Label}", council.Phrase,
            new DateTimeOffset(latest.End.AddDays(30).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero))
        {
            PageFooter = $"Corporate Performance Scorecard {latest.Label}",
            Images = marks.Images,
            Description = Note,
            Font = choices.Font,
            FontHalfPoints = choices.FontHalfPoints,
        };
        return new CorpusEntry(path, council.Key, latest.Label, description, Origin, new DocxFile(content), observations, 1);
    }

    public static RandomChoices Choose(SeededRandom random)
    {
        var layout = random.Chance(0.15) ? RandomLayout.KpiBoxes : RandomLayout.Table;
        var legend = random.Pick<LegendStyle>();
        // The box layout always prints its key: the real report's cover does.
        if (layout == RandomLayout.KpiBoxes && legend == LegendStyle.None) legend = LegendStyle.Performance;
        var longTable = random.Chance(0.25);
        return new RandomChoices(
            layout,
            random.Pick(Fonts),
            random.Int(16, 20),
            random.Pick<TableRules>(),
            random.Pick<RagStyle>(),
            random.Pick<DotStyle>(),
            legend,
            random.Chance(0.5),
            random.Int(1, 3),
            random.Chance(0.5),
            random.Chance(0.25),
            random.Chance(0.4),
            random.Chance(0.6),
            longTable,
            random.Chance(0.5),
            random.Chance(0.3),
            random.Chance(0.4),
            random.Chance(0.3));
    }

    /// <summary>With a key of its own any council of the register will do; without one, a council whose convention the rules state.</summary>
    private static RandomCouncil Council(SeededRandom random, RandomChoices choices)
    {
        if (choices.Legend != LegendStyle.None) return random.Pick(RandomCouncils.All);
        var level = Marks.Raw(Arrow.Level, choices.Dot);
        var known = RandomCouncils.WithConventions.Where(c => c.SameGlyphs.Contains(level)).ToList();
        return random.Pick(known);
    }

    private static Period Back(Period latest, int quarters)
    {
        var year = int.Parse(latest.Label[3..7], CultureInfo.InvariantCulture);
        var q = latest.Label[1] - '0' - quarters;
        while (q < 1) { q += 4; year--; }
        return Period.FinancialQuarter(year, q);
    }

    private static List<OpenXmlElement> Legend(RandomChoices choices, Marks marks, SeededRandom random)
    {
        var paragraphs = new List<OpenXmlElement>();
        if (choices.Legend != LegendStyle.None)
        {
            var value = choices.Legend == LegendStyle.Value;
            IInline[] text =
            [
                new TextPiece("Direction of travel: "),
                .. marks.Draw(Arrow.Up, choices.Dot),
                new TextPiece(value ? " the figure went up on last quarter, " : random.Pick([" better than last quarter, ", " performance improved, "])),
                .. marks.Draw(Arrow.Down, choices.Dot),
                new TextPiece(value ? " the figure went down, " : random.Pick([" worse, ", " performance declined, "])),
                .. marks.Draw(Arrow.Level, choices.Dot),
                new TextPiece(value ? " no change. Arrows show the direction of the figure, not whether performance improved." : " no change."),
            ];
            paragraphs.Add(Blocks.Paragraph(text));
        }
        // The figures' RAGs follow this 5% key, so it is always printed: a document without it would be
        // judged by the default band and its RAGs flagged. The choice only places it before or after the arrows' key.
        if (choices.RagLegend) paragraphs.Insert(0, Blocks.Text(RandomTexts.RagKey));
        else paragraphs.Add(Blocks.Text(RandomTexts.RagKey));
        return paragraphs;
    }

    /// <summary>Two or three service areas of invented indicators, each with two to four KPIs and perhaps an activity chart.</summary>
    private static IReadOnlyList<KpiBox> KpiIndicators(SeededRandom random)
    {
        var boxes = new List<KpiBox>();
        foreach (var (section, indicators) in random.Shuffled(InventedIndicators.BySection).Take(random.Int(2, 3)))
        {
            var usable = random.Shuffled(indicators.Where(i => i.Kind != FigureKind.Pounds)).ToList();
            var kpis = random.Int(2, Math.Min(4, usable.Count - 1));
            foreach (var i in usable.Take(kpis))
            {
                var percent = i.Kind == FigureKind.Percent;
                var decimals = i.Kind is FigureKind.Days or FigureKind.Rate ? 1 : 0;
                var target = Math.Round(random.Between(i.Low, i.High), decimals);
                var gap = Math.Round(Math.Max(1m, target * random.Between(0.05m, 0.12m)), decimals);
                var floor = i.Polarity == Polarity.Lower ? target + gap : target - gap;
                var start = Math.Round(target + random.Signed() * gap, decimals);
                boxes.Add(new KpiBox(i.Name, section, i.Polarity, target, floor, Math.Max(0m, start), percent, decimals, Rolling: random.Chance(0.25)));
            }
            if (random.Chance(0.5) && usable[kpis] is var activity)
                boxes.Add(new KpiBox(activity.Name, section, Polarity.None, 0m, 0m, activity.High / 2, false, 0, Activity: true));
        }
        return boxes;
    }
}
