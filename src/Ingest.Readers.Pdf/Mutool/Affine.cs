namespace Ingest.Readers.Pdf.Mutool;

/// <summary>A PDF transformation matrix [a b c d e f], applied to row vectors as PDF does.</summary>
internal readonly record struct Affine(double A, double B, double C, double D, double E, double F)
{
    public static readonly Affine Identity = new(1, 0, 0, 1, 0, 0);

    public (double X, double Y) Apply(double x, double y) => (x * A + y * C + E, x * B + y * D + F);

    /// <summary>This linear part followed by <paramref name="then"/> (this × then).</summary>
    public Affine Then(Affine then) => new(
        A * then.A + B * then.C, A * then.B + B * then.D,
        C * then.A + D * then.C, C * then.B + D * then.D,
        E * then.A + F * then.C + then.E, E * then.B + F * then.D + then.F);
}
