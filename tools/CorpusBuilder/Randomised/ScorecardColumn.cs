namespace CorpusBuilder.Randomised;

internal enum ColumnField { Indicator, Polarity, Target, Actual, Rag, Dot, Commentary, Owner }

/// <summary>One column of a random scorecard: what it holds, its header word, the quarter it belongs to (0 latest) and its width.</summary>
/// <param name="Quarter">0 for the latest quarter, 1 the one before, ...; null for row-level columns.</param>
/// <param name="Narrow">Narrow enough that the header word wraps inside the cell.</param>
internal sealed record ScorecardColumn(ColumnField Field, string Header, int? Quarter, int Width, bool Narrow = false);
