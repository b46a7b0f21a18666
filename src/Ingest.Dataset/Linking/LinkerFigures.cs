namespace Ingest.Dataset.Linking;

/// <summary>
/// How the matcher did on held-out names whose right key is known. Precision and recall are of the key
/// assignments (a provisional key is no assignment); the linker's own figures count only the names that
/// alias, normalised text and fuzzy matching left to it.
/// </summary>
public sealed record LinkerFigures(
    int Cases, int Kept, int WrongKey, int Provisional, int LeftToLinker, int LinkedRight, int LinkedWrong, int KeysShared, int Suspect)
{
    public double KeptShare => Share(Kept, Cases);
    public double ProvisionalShare => Share(Provisional, Cases);
    public double Precision => Share(Kept, Kept + WrongKey);
    public double Recall => Share(Kept, Cases);
    public double LinkerPrecision => Share(LinkedRight, LinkedRight + LinkedWrong);
    public double LinkerRecall => Share(LinkedRight, LeftToLinker);

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
