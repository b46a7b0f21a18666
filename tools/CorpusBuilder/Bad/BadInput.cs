namespace CorpusBuilder.Bad;

/// <summary>One hostile or broken input: the name it is saved under and how to make it.</summary>
/// <param name="Case">Short id the tests key their expectations on.</param>
/// <param name="FileName">The file name in the input folder (may hold spaces and unusual characters).</param>
/// <param name="Create">Writes the input at the given path (a file, or for the symlink case a folder).</param>
public sealed record BadInput(string Case, string FileName, Action<string> Create);
