using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Webhooks.Package.Tests;

/// <summary>
/// The packages, installed as a newcomer installs them into a new app: the analyzers load from the main package, an
/// inline delivery signed by Webhooks.Testing runs its handler, and a queued one (on the SQLite package) is answered and
/// then handled in the background.
/// </summary>
public sealed class PackageTests(PackagedApp app) : IClassFixture<PackagedApp>
{
    private static readonly string[] Packages = ["Webhooks", "Webhooks.Storage.Sqlite", "Webhooks.Storage.PostgreSql", "Webhooks.Testing"];

    [Fact]
    public void The_solution_packs_every_package_without_a_warning()
    {
        Assert.True(app.Pack.Succeeded, app.Pack.ToString());
        Assert.DoesNotMatch(new Regex(@"\bwarning\b", RegexOptions.IgnoreCase), app.Pack.Output);
        foreach (var package in Packages)
        {
            Assert.True(File.Exists(PackagePath(package)), $"{package} was not packed:\n{app.Pack}");
        }

        // Only packages: tests, samples and benchmarks are not packable.
        Assert.All(Directory.GetFiles(app.Feed, "*.nupkg"), path => Assert.StartsWith("Webhooks.", Path.GetFileName(path), StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetFiles(app.Feed), path => Regex.IsMatch(Path.GetFileName(path), @"(Tests|Sample|Bench|Durability|MultiAssembly)"));
    }

    [Fact]
    public void The_main_package_carries_the_assemblies_and_the_analyzers_and_the_others_depend_on_it()
    {
        Assert.True(app.Pack.Succeeded, app.Pack.ToString());
        using (var main = ZipFile.OpenRead(PackagePath("Webhooks")))
        {
            var entries = main.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(new HashSet<string>(StringComparer.Ordinal)
            {
                "lib/net10.0/Webhooks.Abstractions.dll",
                "lib/net10.0/Webhooks.Runtime.dll",
                "analyzers/dotnet/cs/Webhooks.Generator.dll",
                "analyzers/dotnet/cs/Webhooks.CodeFixes.dll",
                "buildTransitive/Webhooks.targets",
                "README.md",
            }, entries);

            // Its own assemblies are in it: it depends on no package of this repository.
            Assert.DoesNotContain(Dependencies(main), id => id.StartsWith("Webhooks", StringComparison.Ordinal));
        }

        foreach (var package in Packages.Skip(1))
        {
            using var zip = ZipFile.OpenRead(PackagePath(package));
            Assert.Contains("Webhooks", Dependencies(zip));
            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_analyzers_load_from_the_package()
    {
        Assert.True(app.Build.Succeeded, app.Build.ToString());

        // WHK0002 for the misspelt "pul_request": the analyzer ran from analyzers/dotnet/cs of the package.
        Assert.Matches(new Regex(@"Handlers\.cs\(\d+,\d+\): warning WHK0002: .*pul_request.*pull_request"), app.Build.Output);
    }

    [Fact]
    public async Task DisableWebhooksSourceGenerator_takes_the_generator_out_of_the_build()
    {
        Assert.True(app.Build.Succeeded, app.Build.ToString());

        var build = await app.BuildWithoutGenerator();

        // Nothing generated MapWebhooks(), and the analyzers that share the generator's assembly are gone with it.
        Assert.False(build.Succeeded, build.ToString());
        Assert.Matches(new Regex(@"error CS1061: .*'MapWebhooks'"), build.Output);
        Assert.DoesNotContain("WHK0002", build.Output);
    }

    [Fact]
    public async Task An_inline_delivery_signed_by_the_testing_package_runs_its_handler()
    {
        Assert.True(app.Build.Succeeded, app.Build.ToString());
        var delivery = Guid.NewGuid().ToString();

        var sent = await app.Send("github", PackagedApp.GitHubSecret, $$"""{"ref":"refs/heads/main","after":"{{delivery}}"}""", "push");

        Assert.True(sent.Succeeded, sent + "\n" + app.Console);
        Assert.Contains("STATUS 200", sent.Output);
        Assert.True(await app.Printed("HANDLED inline github push ", TimeSpan.FromSeconds(10)), app.Console);
    }

    [Fact]
    public async Task A_queued_delivery_is_answered_then_handled_in_the_background()
    {
        Assert.True(app.Build.Succeeded, app.Build.ToString());
        var batch = "batch_" + Guid.NewGuid().ToString("N");

        // The handler waits for the gate, which opens only after the answer: a handler run in the request would never answer.
        var sent = await app.Send("openai", PackagedApp.OpenAISecret,
            $$$"""{"id":"evt_{{{batch}}}","object":"event","created_at":1719168000,"type":"batch.completed","data":{"id":"{{{batch}}}"}}""");

        Assert.True(sent.Succeeded, sent + "\n" + app.Console);
        Assert.Contains("STATUS 200", sent.Output);
        Assert.DoesNotContain($"HANDLED queued openai {batch}", app.Console);
        Assert.True(await app.Printed($"STARTED queued openai {batch}", TimeSpan.FromSeconds(30)), app.Console);

        File.WriteAllText(app.Gate, "open");
        Assert.True(await app.Printed($"HANDLED queued openai {batch} attempt 1", TimeSpan.FromSeconds(30)), app.Console);
        Assert.True(File.Exists(Path.Combine(app.AppDirectory, "webhooks.db")), "The delivery was stored in webhooks.db in the content root.");
    }

    private string PackagePath(string id) => Path.Combine(app.Feed, $"{id}.{PackagedApp.Version}.nupkg");

    private static List<string> Dependencies(ZipArchive package)
    {
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        return [.. XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!)];
    }
}
