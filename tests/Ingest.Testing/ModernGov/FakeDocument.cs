namespace Ingest.Testing.ModernGov;

/// <summary>A paper the fake site serves from <c>mgConvert2PDF.aspx?ID=</c>, always as application/octet-stream, so the type must be sniffed.</summary>
public sealed record FakeDocument(int Id, string Title, byte[] Body, Misbehaviour Misbehaviour = Misbehaviour.None, int Times = 1)
{
    public static FakeDocument FromCorpus(int id, string title, string corpusPath, Misbehaviour misbehaviour = Misbehaviour.None, int times = 1) =>
        new(id, title, File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, corpusPath)), misbehaviour, times);
}
