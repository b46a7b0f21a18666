namespace Ingest.Readers.Tests.Legacy;

/// <summary>
/// Shell scripts standing in for soffice, so timeout, retry and failure handling are tested without
/// LibreOffice and in milliseconds. Each records its command line (one line per attempt) and its pid.
/// </summary>
internal sealed class FakeSoffice : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("fake-soffice-");

    public string Executable => Path.Combine(_dir.FullName, "soffice");
    public string ArgumentsLog => Path.Combine(_dir.FullName, "arguments.log");
    public string PidsLog => Path.Combine(_dir.FullName, "pids.log");

    public IReadOnlyList<string> Attempts => File.Exists(ArgumentsLog) ? File.ReadAllLines(ArgumentsLog) : [];

    /// <summary>Fails (stderr as LibreOffice words it, no document) until attempt <paramref name="succeedOnAttempt"/>, which writes <paramref name="docx"/>.</summary>
    public static FakeSoffice Failing(int succeedOnAttempt, byte[] docx)
    {
        var fake = new FakeSoffice();
        var fixture = Path.Combine(fake._dir.FullName, "fixture.docx");
        File.WriteAllBytes(fixture, docx);
        fake.Write($$"""
            n=$(wc -l < "{{fake.ArgumentsLog}}")
            outdir=""; last=""
            while [ $# -gt 0 ]; do
              if [ "$1" = "--outdir" ]; then outdir="$2"; fi
              last="$1"; shift
            done
            echo "Warning: failed to launch javaldx - java may not function correctly" >&2
            if [ "$n" -lt {{succeedOnAttempt}} ]; then echo "Error: source file could not be loaded" >&2; exit 0; fi
            name=$(basename "$last")
            cp "{{fixture}}" "$outdir/${name%.*}.docx"
            """);
        return fake;
    }

    /// <summary>Hangs, with a child process of its own, as LibreOffice's launcher script does.</summary>
    public static FakeSoffice Hanging()
    {
        var fake = new FakeSoffice();
        fake.Write($"""
            sleep 300 &
            echo $! >> "{fake.PidsLog}"
            wait
            """);
        return fake;
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private void Write(string body)
    {
        File.WriteAllText(Executable, $"""
            #!/bin/sh
            echo "$*" >> "{ArgumentsLog}"
            echo $$ >> "{PidsLog}"
            {body}

            """);
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("the stand-in soffice is a POSIX shell script");
        File.SetUnixFileMode(Executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
