using Ingest.Core.Observations;

namespace Ingest.Dataset.Checks;

/// <summary>
/// A RAG summary the report states ("13 red, 43 green, 8 amber") that no part of its extracted rows adds up
/// to. A summary may count the whole report, one table or one top-level section (seed 001 prints one per
/// priority and one overall), always for the reporting period: the latest period that has RAGs.
/// </summary>
public sealed class RagSummaryCheck(RagSummaryParser parser) : ICheck
{
    public string Name => CheckNames.RagSummary;

    public CheckScope Scope => CheckScope.Document;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var rated = input.Observations.Where(o => o.Rag is not null).ToList();
        if (rated.Count == 0) return [];
        var latest = rated.Max(o => o.Period.End);
        var current = rated.Where(o => o.Period.End == latest).ToList();
        var scopes = new List<(string Name, IReadOnlyList<Observation> Rows)> { ("the whole report", current) };
        scopes.AddRange(current.GroupBy(o => o.Table).Select(g => ($"table {g.Key}", (IReadOnlyList<Observation>)g.ToList())));
        scopes.AddRange(current.Where(o => o.Section.Length > 0).GroupBy(o => TopSection(o.Section))
            .Select(g => ($"section '{g.Key}'", (IReadOnlyList<Observation>)g.ToList())));

        var findings = new List<Finding>();
        var council = input.Council ?? current[0].Council;
        foreach (var paragraph in input.Paragraphs)
        {
            if (parser.Parse(paragraph) is not { } stated) continue;
            if (scopes.Any(s => Agrees(stated, s.Rows))) continue;
            var whole = Count(current);
            var message = $"the report states {Describe(stated)} (\"{Shorten(paragraph)}\"), but its {current[0].Period.Label} rows give "
                          + $"{Describe(stated.Keys.ToDictionary(r => r, r => whole.GetValueOrDefault(r)))} and no table or section matches";
            findings.Add(new Finding(Name, FindingSeverity.Warning, message, council, Period: current[0].Period.Label,
                Document: current[0].Document));
        }
        return findings;
    }

    private static bool Agrees(IReadOnlyDictionary<Rag, int> stated, IReadOnlyList<Observation> rows)
    {
        var counts = Count(rows);
        return stated.All(s => counts.GetValueOrDefault(s.Key) == s.Value);
    }

    private static Dictionary<Rag, int> Count(IEnumerable<Observation> rows) =>
        rows.GroupBy(o => o.Rag!.Value).ToDictionary(g => g.Key, g => g.Count());

    private static string TopSection(string section)
    {
        var cut = section.IndexOf(" > ", StringComparison.Ordinal);
        return cut < 0 ? section : section[..cut];
    }

    private static string Describe(IReadOnlyDictionary<Rag, int> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key.Name()}"));

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
