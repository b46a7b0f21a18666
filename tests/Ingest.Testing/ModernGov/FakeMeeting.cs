namespace Ingest.Testing.ModernGov;

/// <summary>A meeting of the fake site's Audit Committee (id 144, as in the real replies).</summary>
public sealed record FakeMeeting(int Id, DateOnly Date, string Status, params FakeAgendaItem[] Items);
