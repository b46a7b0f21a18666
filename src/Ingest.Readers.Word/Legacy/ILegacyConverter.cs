namespace Ingest.Readers.Legacy;

/// <summary>Turns a legacy word-processor file (.doc, .rtf, .odt) into a .docx the Word reader can read.</summary>
public interface ILegacyConverter
{
    /// <summary>Converts <paramref name="path"/> and returns the path of the .docx written inside <paramref name="targetDirectory"/>.</summary>
    /// <exception cref="Core.Pipeline.DocumentException">The converter is missing, timed out or could not convert the file.</exception>
    string Convert(string path, string targetDirectory, CancellationToken cancellationToken = default);
}
