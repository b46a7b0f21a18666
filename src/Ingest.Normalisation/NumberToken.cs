namespace Ingest.Normalisation;

/// <summary>One number found in a cell, before the parser decides which is the value.</summary>
/// <param name="IsBareYear">Four digits that could be a calendar year ("2022"), with nothing else about them.</param>
internal sealed record NumberToken(decimal Value, bool HasPercentSign, bool IsBareYear);
