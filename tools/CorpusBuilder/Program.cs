using CorpusBuilder.Corpus;

// Usage: dotnet run --project tools/CorpusBuilder -- <corpus folder>
// Rebuilds the seed documents and their gold files; the same input always gives the same bytes.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: CorpusBuilder <corpus folder>");
    return 2;
}

try
{
    new CorpusWriter(Path.GetFullPath(args[0]), Console.Out).Write(CorpusEntries.All());
    return 0;
}
catch (Exception e) when (e is InvalidOperationException or InvalidDataException)
{
    Console.Error.WriteLine($"corpus not written: {e.Message}");
    return 1;
}
