namespace Ingest.Explorer.Pages;

/// <summary>Markup the explorer made itself (a fragment already built by <see cref="Html"/>, or a chart whose text is escaped).</summary>
public sealed record RawHtml(string Markup);
