namespace CorpusBuilder.Linking;

/// <summary>One printed indicator of a held-out scorecard and the key its original name has.</summary>
/// <param name="Set">"reworded" (a corpus council's reports, names reworded) or "unseen" (a council the corpus has not seen).</param>
public sealed record HeldOutCase(string Set, string Document, string Printed, string Original, string Key, string Changes);
