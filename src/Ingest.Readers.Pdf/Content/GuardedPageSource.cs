using System.Diagnostics;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// An engine held to a time and a memory budget per document, checked as each page comes: one that goes
/// over gives up with a <see cref="PdfEngineFailure"/>, so the reader can hand the file to the next engine
/// instead of letting one document stall a backfill or take the process's memory. An engine's crash on
/// memory (a huge image or stream held whole) is the same kind of failure.
/// </summary>
public sealed class GuardedPageSource(IPageContentSource inner, TimeSpan timeout, long maxHeapBytes) : IPageContentSource
{
    public string Name => inner.Name;

    public IEnumerable<PageContent> Read(string path, PageSelection? pages, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        IEnumerator<PageContent> enumerator;
        try
        {
            enumerator = inner.Read(path, pages, cancellationToken).GetEnumerator();
        }
        catch (OutOfMemoryException e)
        {
            throw OutOfMemory(e);
        }
        return Pages(enumerator, clock);
    }

    private IEnumerable<PageContent> Pages(IEnumerator<PageContent> enumerator, Stopwatch clock)
    {
        using (enumerator)
        {
            while (true)
            {
                try
                {
                    if (!enumerator.MoveNext()) yield break;
                }
                catch (OutOfMemoryException e)
                {
                    throw OutOfMemory(e);
                }
                if (clock.Elapsed > timeout)
                    throw new PdfEngineFailure(inner.Name, $"{inner.Name} did not finish within {timeout.TotalSeconds:0.#} s");
                if (GC.GetTotalMemory(forceFullCollection: false) > maxHeapBytes)
                    throw new PdfEngineFailure(inner.Name, $"{inner.Name} went over its memory limit ({maxHeapBytes / (1 << 20)} MB)");
                yield return enumerator.Current;
            }
        }
    }

    private PdfEngineFailure OutOfMemory(OutOfMemoryException e) =>
        new(inner.Name, $"{inner.Name} ran out of memory", e);
}
