namespace Webhooks.Analyzers.Tests.Infrastructure;

/// <summary>Sources every test compilation gets besides the code under test.</summary>
internal static class TestSources
{
    /// <summary>The implicit usings of an ASP.NET Core app (Microsoft.NET.Sdk.Web), which the sample relies on.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Text.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        global using Webhooks;
        """;

    /// <summary>
    /// A provider with a catalogue the tests control, declared as an application declares its own:
    /// the analyzers read declared catalogues as they read built-in ones.
    /// </summary>
    public const string AcmeProvider = """
        [assembly: WebhookProviderDefinition("acme", SignatureHeader = "X-Acme-Signature",
            KnownEvents = new[] { "order.created", "order.shipped", "order.cancelled" })]
        """;

    /// <summary>The directory of the repository, found from the test assembly upwards.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Webhooks.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Webhooks.sln not found above " + AppContext.BaseDirectory);
    }
}
