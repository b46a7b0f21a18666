using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Readers.Docx;

namespace Ingest.Readers;

/// <summary>Chooses the reader for a file by its extension.</summary>
public sealed class ReaderRegistry
{
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public ReaderRegistry(IEnumerable<IDocumentReader> readers)
    {
        foreach (var reader in readers)
        foreach (var extension in reader.Extensions)
        {
            var key = Normalise(extension);
            // Two readers claiming one extension is a wiring mistake; failing here beats a silent winner.
            if (!_byExtension.TryAdd(key, reader))
                throw new ArgumentException(
                    $"extension '{key}' is claimed by both {_byExtension[key].GetType().Name} and {reader.GetType().Name}",
                    nameof(readers));
        }
    }

    /// <summary>Extensions with a reader, lower-case with the dot.</summary>
    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    /// <summary>The reader for this file's extension, or null when no reader handles it.</summary>
    public IDocumentReader? For(string path)
    {
        var extension = Path.GetExtension(path);
        return string.IsNullOrEmpty(extension) ? null : _byExtension.GetValueOrDefault(Normalise(extension));
    }

    public static ReaderRegistry Default(RulesDirectory rules) =>
        new([new DocxReader(SymbolFontMap.Load(rules))]);

    private static string Normalise(string extension)
    {
        var trimmed = extension.Trim().ToLowerInvariant();
        return trimmed.StartsWith('.') ? trimmed : "." + trimmed;
    }
}
