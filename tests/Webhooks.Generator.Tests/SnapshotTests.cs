using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>The golden-file helper fails when it should: a helper that always passes would make every snapshot test meaningless.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "webhooks-snapshots-" + Guid.NewGuid().ToString("N"));

    private string Verified => Path.Combine(_directory, "T.M#File.verified.cs");

    private string Received => Path.Combine(_directory, "T.M#File.received.cs");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Missing_verified_file_fails_and_writes_received()
    {
        var error = Assert.ThrowsAny<Exception>(() => Verify("text\n", accept: false));

        Assert.Contains("No verified snapshot", error.Message);
        Assert.Equal("text\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Mismatch_fails_with_the_first_different_line()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Verified, "same\nold\n");

        var error = Assert.ThrowsAny<Exception>(() => Verify("same\nnew\n", accept: false));

        Assert.Contains("line 2", error.Message);
        Assert.Contains("- ", error.Message);
        Assert.Contains("old", error.Message);
        Assert.Contains("new", error.Message);
        Assert.Equal("same\nnew\n", File.ReadAllText(Received));
        Assert.Equal("same\nold\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void Match_passes_and_removes_an_old_received_file()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Verified, "line\r\n"); // a checkout with CRLF still matches
        File.WriteAllText(Received, "stale");

        Verify("line\n", accept: false);

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Accepting_overwrites_verified()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Verified, "old\n");

        Verify("new\n", accept: true);

        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Snapshot_of_a_source_no_longer_generated_fails()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Verified, "line\n");
        File.WriteAllText(Path.Combine(_directory, "T.M#Gone.verified.cs"), "line\n");
        File.WriteAllText(Path.Combine(_directory, "T.Method2#Other.verified.cs"), "another test's\n");

        var error = Assert.ThrowsAny<Exception>(() => Verify("line\n", accept: false));

        Assert.Contains("T.M#Gone.verified.cs has no generated source", error.Message);
        Assert.DoesNotContain("Method2", error.Message);
    }

    private void Verify(string text, bool accept) => Snapshot.Verify(_directory, "T.M", [("File", text)], accept);
}
