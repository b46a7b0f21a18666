namespace Ingest.Testing.ModernGov;

/// <summary>An agenda item and the documents linked from it.</summary>
public sealed record FakeAgendaItem(string Title, params FakeDocument[] Documents);
