using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Ingest.Core.Rules;

/// <summary>
/// Finds and reads the declarative layout knowledge in <c>extraction-rules/</c>. Each stage owns its
/// own file and record type; this only knows where the folder is and how YAML maps to records.
/// </summary>
public sealed class RulesDirectory
{
    public const string FolderName = "extraction-rules";
    public const string EnvironmentVariable = "INGEST_RULES";

    public RulesDirectory(string path)
    {
        if (!Directory.Exists(path))
            throw new DirectoryNotFoundException($"extraction rules folder not found: {path}");
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    /// <summary>
    /// The explicit path if given, else $INGEST_RULES, else an <c>extraction-rules</c> folder beside the
    /// program, else the nearest one above the working directory.
    /// </summary>
    public static RulesDirectory Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath)) return new RulesDirectory(explicitPath);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return new RulesDirectory(fromEnvironment);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, FolderName);
                if (Directory.Exists(candidate)) return new RulesDirectory(candidate);
            }
        }
        throw new DirectoryNotFoundException(
            $"no '{FolderName}' folder found beside the program or above {Directory.GetCurrentDirectory()}; set {EnvironmentVariable}");
    }

    public T Load<T>(string fileName) where T : new()
    {
        var file = System.IO.Path.Combine(Path, fileName);
        if (!File.Exists(file)) throw new FileNotFoundException($"extraction rule file missing: {file}", file);
        return Parse<T>(File.ReadAllText(file), file);
    }

    public static T Parse<T>(string yaml, string origin = "<text>") where T : new()
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        try
        {
            return deserializer.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{origin}: {e.Message}", e);
        }
    }
}
