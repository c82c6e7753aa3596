using Webhooks.Configuration;

namespace Webhooks.Runtime.Tests.Configuration;

/// <summary>Values as they come from files and environments: stray whitespace, and limits the reader can't honour.</summary>
public sealed class ConfigurationHygieneTests
{
    [Fact]
    public void A_trailing_newline_is_not_part_of_the_secret()
    {
        var options = ConfigurationFixture.Apply(("Webhooks:openai:Secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n"));

        Assert.Equal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Assert.Single(options.Secrets));
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("9999999999")]
    public void A_body_limit_larger_than_one_array_is_refused_with_the_key(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ConfigurationFixture.Apply(("Webhooks:openai:Secret", "x"), ("Webhooks:openai:MaxBodyBytes", value)));

        Assert.Contains("Webhooks:openai:MaxBodyBytes", error.Message);
    }

    [Fact]
    public void The_largest_body_limit_is_accepted()
    {
        var options = ConfigurationFixture.Apply(("Webhooks:openai:Secret", "x"), ("Webhooks:openai:MaxBodyBytes", WebhookProviderOptions.LargestMaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(WebhookProviderOptions.LargestMaxBodyBytes, options.MaxBodyBytes);
    }
}
