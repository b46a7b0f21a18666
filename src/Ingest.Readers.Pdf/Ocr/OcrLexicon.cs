using System.Globalization;
using Polly;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// The words of Tesseract's own word list for the reading's language (some 340,000 for English), unpacked from its
/// traineddata with the tools that come with Tesseract (combine_tessdata, dawg2wordlist), once, and kept in a cache
/// file named by the traineddata's size and date. Letter case is ignored.
/// </summary>
internal sealed class OcrLexicon
{
    private readonly HashSet<string> _words;

    /// <summary>The words in lower case, sorted, and each spelled backwards, sorted: for the words a piece begins or ends.</summary>
    private readonly string[] _sorted;
    private readonly string[] _backwards;

    public OcrLexicon(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()), StringComparer.OrdinalIgnoreCase);
        _sorted = [.. _words.Order(StringComparer.Ordinal)];
        _backwards = [.. _words.Select(Backwards).Order(StringComparer.Ordinal)];
    }

    public int Count => _words.Count;

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>
    /// Whether a longer word of the list begins or ends with <paramref name="piece"/>: a word wrapped in a narrow header
    /// cell is read in pieces ("Ratin" / "g"), each put together again later, and neither is to be spelled anew.
    /// </summary>
    public bool IsPieceOfWord(string piece)
    {
        var lower = piece.ToLowerInvariant();
        return Extends(_sorted, lower) || Extends(_backwards, Backwards(lower));
    }

    private static bool Extends(string[] sorted, string start)
    {
        var at = Array.BinarySearch(sorted, start, StringComparer.Ordinal);
        at = at < 0 ? ~at : at + 1;
        return at < sorted.Length && sorted[at].StartsWith(start, StringComparison.Ordinal);
    }

    private static string Backwards(string word)
    {
        var letters = word.ToCharArray();
        Array.Reverse(letters);
        return new string(letters);
    }

    /// <summary>The list for <paramref name="language"/>, or null with the reason when Tesseract's tools cannot give it.</summary>
    public static (OcrLexicon? Lexicon, string? Problem) Load(string tesseract, string language, string cacheFolder, ResiliencePipeline timeout,
        CancellationToken cancellationToken)
    {
        try
        {
            var listed = ToolProcess.Run(tesseract, ["--list-langs"], timeout, TesseractOcr.MissingTesseract, cancellationToken);
            var text = listed.Output + listed.Errors;
            var open = text.IndexOf('"', StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOf('"', open + 1);
            if (close < 0) return (null, "tesseract --list-langs names no tessdata folder");
            var trained = new FileInfo(Path.Combine(text[(open + 1)..close], language + ".traineddata"));
            if (!trained.Exists) return (null, $"no {trained.Name} in {trained.DirectoryName}");
            var cached = Path.Combine(cacheFolder, string.Create(CultureInfo.InvariantCulture,
                $"ocr-lexicon-{language}-{trained.Length}-{trained.LastWriteTimeUtc.Ticks}.txt"));
            if (!File.Exists(cached)) Unpack(tesseract, language, trained.FullName, cached, timeout, cancellationToken);
            return (new OcrLexicon(File.ReadLines(cached)), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Core.Pipeline.DocumentException
                                       or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return (null, e.Message);
        }
    }

    private static void Unpack(string tesseract, string language, string trained, string cached, ResiliencePipeline timeout,
        CancellationToken cancellationToken)
    {
        // The tools sit beside tesseract when it is named by its path, and on the PATH with it otherwise.
        string Tool(string name) => Path.GetDirectoryName(tesseract) is { Length: > 0 } folder ? Path.Combine(folder, name) : name;
        var work = Directory.CreateTempSubdirectory("ingest-lexicon-");
        try
        {
            var prefix = Path.Combine(work.FullName, language + ".");
            var missing = "the OCR word list needs combine_tessdata and dawg2wordlist, from the Debian package tesseract-ocr";
            Check(ToolProcess.Run(Tool("combine_tessdata"), ["-u", trained, prefix], timeout, missing, cancellationToken), "combine_tessdata");
            var list = Path.Combine(work.FullName, "words.txt");
            Check(ToolProcess.Run(Tool("dawg2wordlist"), [prefix + "lstm-unicharset", prefix + "lstm-word-dawg", list], timeout, missing,
                cancellationToken), "dawg2wordlist");
            Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
            // Moved into place whole: another process reading the cache sees the list complete or not at all.
            var partial = cached + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".part";
            File.Copy(list, partial, overwrite: true);
            File.Move(partial, cached, overwrite: true);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is not worth failing for.
            }
        }
    }

    private static void Check(ToolProcess.Result result, string tool)
    {
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{tool} failed: {result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()}");
    }
}
