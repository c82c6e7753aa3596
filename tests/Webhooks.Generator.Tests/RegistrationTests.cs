using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>The aggregate <c>AddWebhooks()</c> / <c>MapWebhooks()</c> file.</summary>
public class RegistrationTests
{
    [Fact]
    public void Several_classes_are_sorted_ordinally()
    {
        // Declared out of order, in several files; ordinal order puts "Alpha" < "Beta" < "alphaLower" (culture order would not).
        var run = GeneratorHarness.Run(
            """namespace App; [WebhookProvider("openai")] public partial class Beta { [OnEvent("a")] public void A() { } }""",
            """namespace App; [WebhookProvider("openai", Path = "/hooks/lower")] public partial class alphaLower { [OnEvent("a")] public void A() { } }""",
            """namespace App; [WebhookProvider("openai", Path = "/hooks/alpha")] public partial class Alpha { [OnEvent("a")] public void A() { } }""");

        var text = run.Text(GeneratorRun.RegistrationHintName);
        var positions = new[] { "App.Alpha>", "App.Beta>", "App.alphaLower>" }.Select(name => text.IndexOf(name, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Snapshot.Verify([run.Source(GeneratorRun.RegistrationHintName)]);
    }

    [Fact]
    public void Path_named_argument()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai", Path = "/hooks/x")]
            public partial class Handlers
            {
                [OnEvent("batch.completed")]
                public void OnCompleted(OpenAIEvent evt) { }
            }
            """);

        Assert.Contains("typeof(global::App.Handlers), \"/hooks/x\",", run.Text(GeneratorRun.RegistrationHintName));
        Snapshot.Verify(run.Sources);
    }

    [Fact]
    public void Queued_processing_and_a_catch_all_class()
    {
        // A queued class is registered as queued; a class with [OnAnyEvent] takes every event, so it has no HandlesWebhookEvent.
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("stripe", Processing = WebhookProcessing.Queued)]
            public partial class Queued
            {
                [OnEvent("invoice.paid")]
                public void OnPaid(WebhookContext context) { }
            }

            [WebhookProvider("openai", Processing = WebhookProcessing.Inline)]
            public partial class Everything
            {
                [OnAnyEvent]
                public void OnAny(WebhookContext context) { }
            }
            """);

        var registration = run.Text(GeneratorRun.RegistrationHintName);
        Assert.Contains("{ Processing = global::Webhooks.WebhookProcessing.Queued, HandlesEvent = global::App.Queued.HandlesWebhookEvent }", registration);
        Assert.Contains("global::App.Everything.DispatchWebhookAsync));", registration);
        Snapshot.Verify(run.Sources);
    }

    [Fact]
    public void Provider_that_is_not_built_in()
    {
        var run = GeneratorHarness.Run(UnknownProviderSource);

        Snapshot.Verify([run.Source(GeneratorRun.RegistrationHintName)]);
    }

    [Fact]
    public void Provider_that_is_not_built_in_fails_at_start_up()
    {
        // Run the generated AddWebhooks(): the unknown name must stop the app with a message, not at the first request.
        var run = GeneratorHarness.Run(UnknownProviderSource);
        var context = new AssemblyLoadContext(nameof(Provider_that_is_not_built_in_fails_at_start_up), isCollectible: true);
        try
        {
            using var image = new MemoryStream();
            Assert.True(run.Output.Emit(image).Success);
            image.Position = 0;
            var addWebhooks = context.LoadFromStream(image)
                .GetType("Microsoft.Extensions.DependencyInjection.GeneratedWebhooksServiceCollectionExtensions", throwOnError: true)!
                .GetMethod("AddWebhooks")!;

            var thrown = Assert.Throws<TargetInvocationException>(() =>
                addWebhooks.Invoke(null, [new ServiceCollection(), new ConfigurationBuilder().Build()]));

            var error = Assert.IsType<InvalidOperationException>(thrown.InnerException);
            Assert.Contains("App.AcmeHandlers", error.Message);
            Assert.Contains("'acme'", error.Message);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void No_handler_classes_no_registration_file()
    {
        var run = GeneratorHarness.Run("namespace App; public class Plain { }");

        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Classes_of_referenced_assemblies_are_registered_too()
    {
        // A class library with handler classes (one internal), compiled by the generator, then an app that references it.
        var library = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), GeneratorHarness.Compile("Billing.Hooks", [GeneratorHarness.Parse(
            """namespace Billing; [WebhookProvider("stripe")] internal partial class StripeHooks { [OnEvent("invoice.paid")] public void OnPaid(WebhookContext context) { } }""",
            "Library.cs")]));
        var libraryRegistration = library.Text(GeneratorRun.RegistrationHintName);
        Assert.Contains("[assembly: global::Webhooks.Infrastructure.WebhookHandlerAssembly(typeof(global::Webhooks.Generated.WebhookHandlers_Billing_Hooks))]", libraryRegistration);
        Assert.Contains("public static class WebhookHandlers_Billing_Hooks", libraryRegistration);

        var app = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), GeneratorHarness.Compile(
            "App",
            [GeneratorHarness.Parse("""namespace App; [WebhookProvider("openai")] public partial class Hooks { [OnEvent("batch.completed")] public void OnDone() { } }""", "App.cs")],
            library.Output.ToMetadataReference()));

        var registration = app.Text(GeneratorRun.RegistrationHintName);
        Assert.Contains("global::Webhooks.Generated.WebhookHandlers_App.AddTo(services);\n            global::Webhooks.Generated.WebhookHandlers_Billing_Hooks.AddTo(services);", registration);
        Assert.DoesNotContain("Billing.StripeHooks", registration); // the library registers its own classes
    }

    [Fact]
    public void An_app_without_handler_classes_registers_those_of_its_references()
    {
        var library = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), GeneratorHarness.Compile("Lib", [GeneratorHarness.Parse(
            """namespace Lib; [WebhookProvider("github")] public partial class GitHubHooks { [OnEvent("push")] public void OnPush() { } }""", "Lib.cs")]));

        var app = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), GeneratorHarness.Compile(
            "App", [GeneratorHarness.Parse("namespace App; public class Plain { }", "App.cs")], library.Output.ToMetadataReference()));

        var registration = app.Text(GeneratorRun.RegistrationHintName);
        Assert.Contains("global::Webhooks.Generated.WebhookHandlers_Lib.AddTo(services);", registration);
        Assert.Contains("MapWebhookHandlers(endpoints)", registration);
        Assert.DoesNotContain("WebhookHandlerAssembly", registration); // nothing of its own to offer
    }

    [Fact]
    public void A_new_build_of_a_reference_with_handler_classes_is_registered_on_the_next_run()
    {
        // Whether a reference references the runtime is remembered per assembly symbol; a rebuilt reference is a new
        // symbol, so the run after it must equal a cold run.
        var plainLibrary = Image(GeneratorHarness.Compile("Lib", [GeneratorHarness.Parse("namespace Lib; public class Plain { }", "Lib.cs")]));
        var handlerLibrary = Image(GeneratorHarness.Run(GeneratorHarness.CreateDriver(), GeneratorHarness.Compile("Lib", [GeneratorHarness.Parse(
            """namespace Lib; [WebhookProvider("github")] public partial class GitHubHooks { [OnEvent("push")] public void OnPush() { } }""", "Lib.cs")])).Output);
        var app = GeneratorHarness.Compile("App", [GeneratorHarness.Parse("namespace App; public class Plain { }", "App.cs")], plainLibrary);

        var driver = GeneratorHarness.CreateDriver().RunGenerators(app);
        Assert.Empty(driver.GetRunResult().Results.Single().GeneratedSources);

        var rebuilt = app.ReplaceReference(plainLibrary, handlerLibrary);
        var warm = driver.RunGenerators(rebuilt).GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString());
        var cold = GeneratorHarness.CreateDriver().RunGenerators(rebuilt).GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString());

        Assert.Equal(cold, warm);
        Assert.Contains(warm, text => text.Contains("global::Webhooks.Generated.WebhookHandlers_Lib.AddTo(services);"));
    }

    private static MetadataReference Image(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private const string UnknownProviderSource = """
        namespace App;

        [WebhookProvider("acme")]
        public partial class AcmeHandlers
        {
            [OnEvent("thing.happened")]
            public void OnThing(WebhookContext context) { }
        }
        """;
}
