using System.Buffers;
using System.Collections.Concurrent;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// Reads a child process's output on a thread of its own into a bounded queue, and serves it as a
/// stream. A pipe holds only 64 KB (a third of a page of trace), so without this mutool stalls
/// whenever the reader is busy laying out a page, and the two run one after the other instead of on
/// two cores at once. The bound (<see cref="MaxChunks"/> of 64 KB) keeps memory flat on long documents.
/// </summary>
internal sealed class OutputPump : Stream
{
    private const int ChunkSize = 1 << 16;
    private const int MaxChunks = 128;

    private readonly Stream _source;
    private readonly BlockingCollection<(byte[] Buffer, int Count)> _chunks = new(MaxChunks);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private volatile Exception? _failure;
    private byte[]? _current;
    private int _offset;
    private int _count;

    public OutputPump(Stream source)
    {
        _source = source;
        _pump = Task.Factory.StartNew(Pump, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        if (_current is null || _offset == _count)
        {
            Release();
            if (!_chunks.TryTake(out var chunk, Timeout.Infinite))
            {
                if (_failure is { } failure) throw new IOException("mutool's output could not be read", failure);
                return 0;
            }
            (_current, _offset, _count) = (chunk.Buffer, 0, chunk.Count);
        }
        var length = Math.Min(buffer.Length, _count - _offset);
        _current.AsSpan(_offset, length).CopyTo(buffer);
        _offset += length;
        return length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // The owner stops the process first, so the pump's read ends; a pump waiting for room leaves at once.
            _stop.Cancel();
            try
            {
                _pump.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // Its failure was only of interest to a reader.
            }
            Release();
            while (_chunks.TryTake(out var chunk)) ArrayPool<byte>.Shared.Return(chunk.Buffer);
            _chunks.Dispose();
            _stop.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Pump()
    {
        try
        {
            while (true)
            {
                var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
                var read = _source.Read(buffer, 0, buffer.Length);
                if (read == 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return;
                }
                _chunks.Add((buffer, read), _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Nobody reads any more.
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            _failure = e;
        }
        finally
        {
            _chunks.CompleteAdding();
        }
    }

    private void Release()
    {
        if (_current is not null) ArrayPool<byte>.Shared.Return(_current);
        _current = null;
    }
}
