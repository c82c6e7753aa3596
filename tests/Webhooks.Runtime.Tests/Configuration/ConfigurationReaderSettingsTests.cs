using Webhooks.Configuration;
using static Webhooks.Runtime.Tests.Configuration.ConfigurationFixture;

namespace Webhooks.Runtime.Tests.Configuration;

/// <summary>Tolerance, Path and MaxBodyBytes, with their defaults and the errors that name the key.</summary>
public sealed class ConfigurationReaderSettingsTests
{
    [Fact]
    public void Defaults_apply_when_nothing_is_configured()
    {
        var options = Apply();

        Assert.Equal(TimeSpan.FromSeconds(300), options.Tolerance);
        Assert.Null(options.Path);
        Assert.Equal(1024 * 1024, options.MaxBodyBytes);
    }

    [Theory]
    [InlineData("300", 300)]
    [InlineData("10", 10)]
    [InlineData("0", 0)]
    [InlineData("00:05:00", 300)]
    [InlineData("00:00:10", 10)]
    [InlineData("01:00:00", 3600)]
    public void Tolerance_is_seconds_or_a_time_span(string value, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Apply(("Webhooks:openai:Tolerance", value)).Tolerance);

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    [InlineData("none")]
    public void Tolerance_can_be_switched_off(string value) =>
        Assert.Null(Apply(("Webhooks:openai:Tolerance", value)).Tolerance);

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("-00:05:00")]
    [InlineData("5m")]
    public void Invalid_tolerance_names_the_key(string value)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Apply(("Webhooks:openai:Tolerance", value)));

        Assert.Contains("Webhooks:openai:Tolerance", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_is_read() =>
        Assert.Equal("/hooks/ai", Apply(("Webhooks:openai:Path", "/hooks/ai")).Path);

    [Fact]
    public void Empty_path_keeps_the_default() =>
        Assert.Null(Apply(("Webhooks:openai:Path", "")).Path);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("4096", 4096)]
    [InlineData("10485760", 10 * 1024 * 1024)]
    public void MaxBodyBytes_is_read(string value, long expected) =>
        Assert.Equal(expected, Apply(("Webhooks:openai:MaxBodyBytes", value)).MaxBodyBytes);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1MB")]
    [InlineData("1e6")]
    [InlineData("1,000")]
    [InlineData("99999999999999999999")]
    public void Invalid_MaxBodyBytes_names_the_key(string value)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Apply(("Webhooks:openai:MaxBodyBytes", value)));

        Assert.Contains("Webhooks:openai:MaxBodyBytes", exception.Message, StringComparison.Ordinal);
    }

    // Settings of another section leave this provider's defaults alone.
    [Fact]
    public void Other_sections_do_not_apply()
    {
        var options = Apply(("Webhooks:stripe:Tolerance", "off"), ("Webhooks:stripe:MaxBodyBytes", "5"), ("Webhooks:stripe:Path", "/s"));

        Assert.Equal(WebhookProviderOptions.DefaultTolerance, options.Tolerance);
        Assert.Equal(WebhookProviderOptions.DefaultMaxBodyBytes, options.MaxBodyBytes);
        Assert.Null(options.Path);
    }
}
