namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// How many scanned pages are read at once across every document a run reads, so that workers each
/// reading a scan never start more Tesseract processes than there are cores (each runs one thread,
/// OMP_THREAD_LIMIT=1): four processes on two cores made every page take several times as long.
/// One instance is shared by all the readers of a run.
/// </summary>
public sealed class OcrSlots : IDisposable
{
    private readonly SemaphoreSlim _free;

    public OcrSlots(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Count = count;
        _free = new SemaphoreSlim(count, count);
    }

    /// <summary>One slot a core.</summary>
    public static OcrSlots PerCore() => new(Math.Max(1, Environment.ProcessorCount));

    public int Count { get; }

    /// <summary>Runs <paramref name="read"/> once a slot is free.</summary>
    public T Run<T>(Func<T> read, CancellationToken cancellationToken)
    {
        _free.Wait(cancellationToken);
        try
        {
            return read();
        }
        finally
        {
            _free.Release();
        }
    }

    public void Dispose() => _free.Dispose();
}
