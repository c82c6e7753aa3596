using Microsoft.Extensions.Configuration;
using Webhooks.Configuration;
using Webhooks.Providers;

namespace Webhooks.Runtime.Tests.Configuration;

/// <summary>Applies in-memory configuration to the OpenAI provider's options, as AddWebhooks does.</summary>
internal static class ConfigurationFixture
{
    public static IConfiguration Build(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    public static WebhookProviderOptions Apply(params (string Key, string? Value)[] values)
    {
        var options = new WebhookProviderOptions();
        WebhookConfigurationReader.Apply(Build(values), BuiltInProviders.OpenAI, options);
        return options;
    }
}
