namespace CorpusBuilder.Linking;

/// <summary>A printed name rewritten the way another year's or another council's report might print it.</summary>
/// <param name="Key">The catalogue key of the original name: the key the rewording should keep.</param>
public sealed record Rewording(string Key, string Original, string Reworded, string Changes);
