using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Tests.Infrastructure;

/// <summary>
/// Golden files in Verify's convention: <c>Snapshots/{TestClass}.{TestMethod}#{Name}.verified.cs</c> is
/// checked in; a mismatch writes <c>….received.cs</c> beside it and fails. With
/// <c>WEBHOOKS_ACCEPT_SNAPSHOTS=1</c> the verified files are overwritten instead.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "WEBHOOKS_ACCEPT_SNAPSHOTS";

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Verifies each generated source against its own file, named after the calling test and the hint name.</summary>
    public static void Verify(
        IEnumerable<GeneratedSourceResult> sources,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMethod = "")
    {
        // One test class per file, named like the file, as Verify names snapshots after the type.
        var prefix = $"{Path.GetFileNameWithoutExtension(callerFile)}.{callerMethod}";
        var files = sources.Select(s => (Name: Path.GetFileNameWithoutExtension(s.HintName), Text: s.SourceText.ToString()));
        Verify(SnapshotsDirectory(callerFile), prefix, files, Accepting);
    }

    /// <summary>The comparison itself, apart from the caller's names and the environment, so that it can be tested.</summary>
    internal static void Verify(string directory, string prefix, IEnumerable<(string Name, string Text)> files, bool accept)
    {
        var failures = new List<string>();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in files)
        {
            var verified = Path.Combine(directory, $"{prefix}#{name}.verified.cs");
            var received = Path.Combine(directory, $"{prefix}#{name}.received.cs");
            expected.Add(Path.GetFileName(verified));
            var actual = Normalize(text);

            if (accept)
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(verified, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                File.Delete(received);
            }
            else if (!File.Exists(verified))
            {
                Write(received, actual);
                failures.Add($"No verified snapshot {verified}; wrote {received}.");
            }
            else if (Normalize(File.ReadAllText(verified)) is var approved && approved != actual)
            {
                Write(received, actual);
                failures.Add($"{verified} differs from {received}:\n{Difference(approved, actual)}");
            }
            else
            {
                File.Delete(received);
            }
        }

        // A source that is no longer generated must not leave its old snapshot passing silently.
        var stale = Directory.Exists(directory)
            ? Directory.GetFiles(directory, $"{prefix}#*.verified.cs").Where(f => !expected.Contains(Path.GetFileName(f)))
            : [];
        foreach (var file in stale)
        {
            if (accept)
            {
                File.Delete(file);
            }
            else
            {
                failures.Add($"{file} has no generated source any more.");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures) + $"\n\nIf the new output is right, rerun with {AcceptVariable}=1.");
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    // The first differing line with a little context, enough to see what changed without a diff tool.
    private static string Difference(string verified, string received)
    {
        var a = verified.Split('\n');
        var b = received.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        var text = new StringBuilder($"first difference at line {line + 1}:\n");
        for (var i = Math.Max(0, line - 2); i < Math.Min(Math.Max(a.Length, b.Length), line + 3); i++)
        {
            var before = i < a.Length ? a[i] : "<end of file>";
            var after = i < b.Length ? b[i] : "<end of file>";
            text.Append(before == after ? $"  {i + 1,4}  {before}\n" : $"- {i + 1,4}  {before}\n+ {i + 1,4}  {after}\n");
        }

        return text.ToString();
    }

    // Snapshots/ sits in the test project's folder; find it from the test's source path so that any working
    // directory works. Path maps (deterministic CI builds) can hide that path, so fall back to the output folder.
    private static string SnapshotsDirectory(string callerFile)
    {
        var start = File.Exists(callerFile) ? Path.GetDirectoryName(callerFile)! : AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (dir.GetFiles("Webhooks.Generator.Tests.csproj").Length > 0)
            {
                return Path.Combine(dir.FullName, "Snapshots");
            }
        }

        throw new InvalidOperationException($"Can't find the test project's folder above {start}.");
    }
}
