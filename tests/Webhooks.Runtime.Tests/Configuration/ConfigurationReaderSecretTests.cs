using static Webhooks.Runtime.Tests.Configuration.ConfigurationFixture;

namespace Webhooks.Runtime.Tests.Configuration;

/// <summary>Where the secrets come from: Secret, Secrets:n and the provider's environment variable name.</summary>
public sealed class ConfigurationReaderSecretTests
{
    [Fact]
    public void Secret_is_read() =>
        Assert.Equal(["whsec_one"], Apply(("Webhooks:openai:Secret", "whsec_one")).Secrets);

    [Fact]
    public void Secrets_array_is_read_in_order() =>
        Assert.Equal(["whsec_one", "whsec_two"], Apply(("Webhooks:openai:Secrets:0", "whsec_one"), ("Webhooks:openai:Secrets:1", "whsec_two")).Secrets);

    [Fact]
    public void Environment_variable_name_is_read_from_the_configuration_root() =>
        Assert.Equal(["whsec_env"], Apply(("OPENAI_WEBHOOK_SECRET", "whsec_env")).Secrets);

    [Fact]
    public void All_sources_are_combined_secret_first()
    {
        var options = Apply(
            ("OPENAI_WEBHOOK_SECRET", "whsec_env"),
            ("Webhooks:openai:Secrets:0", "whsec_listed"),
            ("Webhooks:openai:Secret", "whsec_single"));

        Assert.Equal(["whsec_single", "whsec_listed", "whsec_env"], options.Secrets);
    }

    [Fact]
    public void Duplicates_are_collapsed()
    {
        var options = Apply(
            ("Webhooks:openai:Secret", "whsec_same"),
            ("Webhooks:openai:Secrets:0", "whsec_same"),
            ("Webhooks:openai:Secrets:1", "whsec_other"),
            ("Webhooks:openai:Secrets:2", "whsec_other"),
            ("OPENAI_WEBHOOK_SECRET", "whsec_same"));

        Assert.Equal(["whsec_same", "whsec_other"], options.Secrets);
    }

    [Fact]
    public void Blank_values_are_ignored()
    {
        var options = Apply(("Webhooks:openai:Secret", ""), ("Webhooks:openai:Secrets:0", "   "), ("OPENAI_WEBHOOK_SECRET", null));

        Assert.Empty(options.Secrets);
    }

    // Another provider's section and another provider's environment variable are not ours.
    [Fact]
    public void Other_providers_settings_are_not_read()
    {
        var options = Apply(
            ("Webhooks:stripe:Secret", "whsec_stripe"),
            ("STRIPE_WEBHOOK_SECRET", "whsec_stripe_env"),
            ("Webhooks:Secret", "whsec_root"));

        Assert.Empty(options.Secrets);
    }

    [Fact]
    public void Keys_are_case_insensitive() =>
        Assert.Equal(["whsec_one"], Apply(("webhooks:OpenAI:secret", "whsec_one")).Secrets);
}
