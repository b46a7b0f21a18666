namespace CorpusBuilder.Script;

/// <summary>One block of a layout script (Data/*.txt): a paragraph or a table, in document order.</summary>
internal abstract record ScriptBlock(int Line);

/// <param name="Kind">TITLE, H1, H2, P, BULLET, CAPTION or NOTE.</param>
internal sealed record TextBlock(int Line, string Kind, string Text) : ScriptBlock(Line);

/// <summary>A Flagship Actions table: a title row, then status rows each followed by its actions.</summary>
internal sealed record FlagshipBlock(int Line, string Title, IReadOnlyList<FlagshipLine> Lines) : ScriptBlock(Line);

/// <param name="Status">For an action, the status row it sits under (COMPLETED, GREEN, AMBER, RED).</param>
internal sealed record FlagshipLine(bool IsStatus, string Status, string Text);

/// <summary>A Performance Indicators table: the header cells and one row per indicator, as printed.</summary>
internal sealed record IndicatorTableBlock(int Line, IReadOnlyList<string> Header, IReadOnlyList<IndicatorLine> Rows) : ScriptBlock(Line);

internal sealed record IndicatorLine(int Line, string Indicator, string Polarity, string Target, string Actual);

/// <summary>Any other table: grid widths and rows of cells, each cell optionally {bold} and/or {fill=RRGGBB}.</summary>
internal sealed record GenericTableBlock(int Line, IReadOnlyList<int> Widths, IReadOnlyList<IReadOnlyList<ScriptCell>> Rows) : ScriptBlock(Line);

internal sealed record ScriptCell(string Text, bool Bold, string? Fill);
