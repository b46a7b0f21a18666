namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// A rule's end that runs a little past a rule crossing it is a glyph's stroke touching the line, not the rule: the tail
/// of a "Q" hanging on the rule under a header group ("Q1 25/26" over Tgt | Outturn) continues the column line up
/// through the letter. Painted out with the rule, it cuts the letter (seed 3535's Brent: "Q1" read "1", and the group
/// lost its quarter). Table rules end on the rule they meet, or run on well past it to the next one; a stub no longer
/// than <c>maxStub</c> pixels past a crossing rule is trimmed back to it.
/// </summary>
internal static class RuleStubs
{
    public static IReadOnlyList<PixelRule> Trim(IReadOnlyList<PixelRule> rules, int maxStub)
    {
        var result = new List<PixelRule>(rules.Count);
        foreach (var rule in rules)
        {
            var (start, end) = (rule.Start, rule.End);
            foreach (var crossing in rules.Where(c => c.Horizontal != rule.Horizontal && Spans(c, rule.Across, c.Thickness)))
            {
                var at = (int)Math.Round(crossing.Across);
                var reach = crossing.Thickness / 2 + 1;
                if (at - reach > start && at - start <= maxStub && at < end) start = Math.Max(start, at - reach);
                if (at + reach < end && end - at <= maxStub && at > start) end = Math.Min(end, at + reach);
            }
            result.Add(start == rule.Start && end == rule.End ? rule : rule with { Start = start, End = end });
        }
        return result;
    }

    private static bool Spans(PixelRule rule, double at, int slack) => at >= rule.Start - slack && at <= rule.End + slack;
}
