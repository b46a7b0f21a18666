using System.Security.Cryptography;
using System.Text;
using Ingest.Core.Rules;

namespace Ingest.Pipeline;

/// <summary>
/// Identifies "the same extractor": the build of the reading, extraction and normalisation code plus the
/// exact extraction rules. A document loaded by another version is re-extracted on the next run.
/// </summary>
public static class ExtractorVersion
{
    public static string Of(RulesDirectory rules, IEnumerable<System.Reflection.Assembly> code)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Deterministic builds give the same module id for the same source, a new one for any change.
        foreach (var assembly in code.Distinct().OrderBy(a => a.FullName, StringComparer.Ordinal))
            hash.AppendData(Encoding.UTF8.GetBytes(assembly.ManifestModule.ModuleVersionId.ToString()));
        foreach (var file in Directory.EnumerateFiles(rules.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(rules.Path, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
