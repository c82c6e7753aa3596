using Webhooks.Generator.Model;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>Each class's providers are looked up before the registration is written: built in, declared here, or unknown.</summary>
public class RegistrationResolverTests
{
    private const string Source = """
        [assembly: WebhookProviderDefinition("acme", SignatureHeader = "X-Acme-Signature")]

        namespace App;

        [WebhookProvider("github")]
        public partial class GitHubHandlers { [OnAnyEvent] public void On(WebhookContext context) { } }

        [WebhookProvider("acme", Via = "hookdeck")]
        public partial class AcmeHandlers { [OnAnyEvent] public void On(WebhookContext context) { } }

        [WebhookProvider("nobody")]
        public partial class NobodyHandlers { [OnAnyEvent] public void On(WebhookContext context) { } }
        """;

    [Fact]
    public void Providers_are_found_in_their_catalogues()
    {
        var file = RegistrationFile(GeneratorHarness.Run(Source));

        Assert.Equal(["acme"], file.DeclaredProviders.Select(p => p.Name));
        Assert.Collection(
            file.Registrations,
            acme =>
            {
                Assert.Equal(new ProviderReference("acme", ProviderSource.Declared), acme.Provider);
                Assert.Equal(new ProviderReference("hookdeck", ProviderSource.BuiltIn), acme.Via);
            },
            github =>
            {
                Assert.Equal(new ProviderReference("github", ProviderSource.BuiltIn), github.Provider);
                Assert.Null(github.Via);
            },
            nobody => Assert.Equal(new ProviderReference("nobody", ProviderSource.Unknown), nobody.Provider));
    }

    [Fact]
    public void The_same_source_gives_an_equal_file() =>
        Assert.Equal(RegistrationFile(GeneratorHarness.Run(Source)), RegistrationFile(GeneratorHarness.Run(Source)));

    private static RegistrationFileModel RegistrationFile(GeneratorRun run) =>
        Assert.IsType<RegistrationFileModel>(Assert.Single(run.Result.TrackedSteps[TrackingNames.RegistrationFile].SelectMany(s => s.Outputs)).Value);
}
