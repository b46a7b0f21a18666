using System.Globalization;
using CorpusBuilder.Contract;
using Ingest.Core.Observations;

namespace CorpusBuilder.Corpus;

/// <summary>What must hold across the whole corpus before anything is written, and the counts issue 3 measures.</summary>
internal static class CorpusRules
{
    public static void Check(IReadOnlyList<CorpusEntry> entries)
    {
        var duplicate = entries.GroupBy(e => e.RelativePath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"{duplicate.Key} is written twice");

        // Renderings of the same content in several formats share NAME.expected.csv: it must be one file.
        foreach (var shared in entries.GroupBy(e => e.ExpectedPath, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = shared.First();
            foreach (var other in shared.Skip(1))
            {
                if (!ExpectedCsv.Write(other.Observations).SequenceEqual(ExpectedCsv.Write(first.Observations)))
                    throw new InvalidOperationException($"{other.RelativePath} shares {shared.Key} with {first.RelativePath} but expects other observations");
                var (a, b) = (other.Actions is null ? null : ExpectedActionsCsv.Write(other.Actions), first.Actions is null ? null : ExpectedActionsCsv.Write(first.Actions));
                if (a is null != b is null || a is not null && !a.SequenceEqual(b!))
                    throw new InvalidOperationException($"{other.RelativePath} shares {shared.Key} with {first.RelativePath} but expects other actions");
            }
        }
    }

    public static CorpusCounts Count(IReadOnlyList<CorpusEntry> entries)
    {
        var observations = entries.Sum(e => e.Observations.Count);
        var uniqueObservations = entries.GroupBy(e => e.ExpectedPath, StringComparer.Ordinal).Sum(g => g.First().Observations.Count);
        var years = entries.SelectMany(e => e.Observations)
            .Select(o => Period.FinancialYearOf(o.Period.Start))
            .Distinct().Order().Select(Period.FinancialYearLabel).ToList();
        return new CorpusCounts(
            entries.Count,
            entries.Select(e => e.Format).Distinct().Order(StringComparer.Ordinal).ToList(),
            entries.Select(e => e.Council).Distinct().Order(StringComparer.Ordinal).ToList(),
            years,
            observations,
            uniqueObservations,
            entries.Where(e => e.Actions is not null).GroupBy(e => e.ExpectedActionsPath).Sum(g => g.First().Actions!.Count));
    }

    public static string Summary(IReadOnlyList<CorpusEntry> entries)
    {
        var c = Count(entries);
        return string.Create(CultureInfo.InvariantCulture,
            $"{c.Documents} documents ({string.Join(", ", c.Formats)}), {c.Councils.Count} councils ({string.Join(", ", c.Councils)}), " +
            $"{c.FinancialYears.Count} financial years ({string.Join(", ", c.FinancialYears)}), " +
            $"{c.Observations} expected observations over all documents ({c.UniqueObservations} in distinct gold files), {c.Actions} expected actions");
    }
}

/// <param name="Observations">Summed over documents: a gold file shared by two renderings counts twice, as the evaluation scores it.</param>
/// <param name="UniqueObservations">Summed over distinct gold files.</param>
internal sealed record CorpusCounts(
    int Documents,
    IReadOnlyList<string> Formats,
    IReadOnlyList<string> Councils,
    IReadOnlyList<string> FinancialYears,
    int Observations,
    int UniqueObservations,
    int Actions);
