using Ingest.Core.Observations;

namespace CorpusBuilder.Checks;

/// <summary>One printed quarter of an indicator in a check-case report: actual and target as printed, RAG as a fill.</summary>
internal sealed record CheckCaseGroup(string Actual, string Target, Rag? Rag);

/// <summary>An indicator row of a check-case report: the previous quarter, the reporting quarter and the trend word.</summary>
internal sealed record CheckCaseRow(string Indicator, string GoodIs, CheckCaseGroup Previous, CheckCaseGroup Latest, string Trend);

/// <summary>A check-case report: its reporting quarter, its rows and the RAG summary sentence it prints.</summary>
/// <param name="WhatItTriggers">Which finding the report is built to produce, for the manifest reader and the tests.</param>
internal sealed record CheckCaseReport(string BaseName, Period Previous, Period Latest, IReadOnlyList<CheckCaseRow> Rows, string Summary, string WhatItTriggers);
