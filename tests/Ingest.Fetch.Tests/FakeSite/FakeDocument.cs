namespace Ingest.Fetch.Tests.FakeSite;

/// <summary>A paper the fake site serves from <c>mgConvert2PDF.aspx?ID=</c>, always as application/octet-stream, so the type must be sniffed.</summary>
public sealed record FakeDocument(int Id, string Title, byte[] Body, Misbehaviour Misbehaviour = Misbehaviour.None, int Times = 1)
{
    public static FakeDocument FromCorpus(int id, string title, string corpusPath, Misbehaviour misbehaviour = Misbehaviour.None, int times = 1) =>
        new(id, title, File.ReadAllBytes(Path.Combine(TestPaths.Corpus, corpusPath)), misbehaviour, times);
}

/// <summary>An agenda item and the documents linked from it.</summary>
public sealed record FakeAgendaItem(string Title, params FakeDocument[] Documents);

/// <summary>A meeting of the fake site's Audit Committee (id 144, as in the real replies).</summary>
public sealed record FakeMeeting(int Id, DateOnly Date, string Status, params FakeAgendaItem[] Items);
