using System.Globalization;
using Ingest.Readers.Pdf.Ocr;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>
/// OCR is seconds a page, so `ingest run` shows each scanned document's pages as they are read: one
/// progress line per document, told from the OCR workers' threads. Reports that come before the display
/// is showing (or after it) are dropped: they only ever describe progress, never results.
/// </summary>
public sealed class OcrPageProgress : IProgress<OcrProgress>
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private ProgressContext? _context;

    public void Attach(ProgressContext? context)
    {
        lock (_gate)
        {
            _context = context;
            _tasks.Clear();
        }
    }

    public void Report(OcrProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (_context is null) return;
            if (!_tasks.TryGetValue(value.Document, out var task))
                _tasks[value.Document] = task = _context.AddTask(Markup.Escape($"OCR {value.Document}"), maxValue: value.PagesToRead);
            task.Value = value.PagesDone;
            task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"OCR {value.Document}: page {value.Page} read in {value.PageTime.TotalSeconds:0.0} s ({value.PagesDone} of {value.PagesToRead})"));
        }
    }
}
