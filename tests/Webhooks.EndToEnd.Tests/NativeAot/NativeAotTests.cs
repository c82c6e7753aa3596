using System.Net;
using System.Text.RegularExpressions;
using Webhooks.Testing;

namespace Webhooks.EndToEnd.Tests.NativeAot;

/// <summary>The sample publishes with Native AOT without a trim or AOT warning, and the native binary verifies and dispatches.</summary>
public sealed class NativeAotTests(NativeSample sample) : IClassFixture<NativeSample>
{
    // The development secret in samples/Webhooks.Sample/appsettings.Development.json.
    private const string OpenAISecret = "whsec_c2FtcGxlLWRldmVsb3BtZW50LW9ubHktc2VjcmV0IQ==";

    [NativeAotFact]
    public void The_sample_publishes_natively_without_a_single_warning()
    {
        Assert.True(sample.PublishExitCode == 0, sample.PublishLog);
        Assert.DoesNotMatch(new Regex(@"warning (IL|CS|NU|NETSDK)\d+"), sample.PublishLog);
    }

    [NativeAotFact]
    public async Task The_native_binary_runs_the_handler_of_a_signed_delivery()
    {
        Assert.True(sample.PublishExitCode == 0, sample.PublishLog);
        using var client = new HttpClient { BaseAddress = sample.BaseAddress };
        var id = Guid.NewGuid().ToString("N");
        var body = $$$"""{"id":"evt_{{{id}}}","object":"event","created_at":1719168000,"type":"batch.completed","data":{"id":"batch_{{{id}}}"}}""";

        using var response = await client.SendAsync(new WebhookSigner("openai", OpenAISecret).CreateRequest("/webhooks/openai", body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await WaitUntil(() => sample.Console.Contains($"Batch batch_{id} completed", StringComparison.Ordinal));
        Assert.Contains($"Batch batch_{id} completed", sample.Console);
    }

    [NativeAotFact]
    public async Task The_native_binary_refuses_a_delivery_signed_with_another_secret()
    {
        Assert.True(sample.PublishExitCode == 0, sample.PublishLog);
        using var client = new HttpClient { BaseAddress = sample.BaseAddress };
        var impostor = new WebhookSigner("openai", "whsec_" + Convert.ToBase64String(new byte[32]));

        using var response = await client.SendAsync(impostor.CreateRequest("/webhooks/openai", """{"type":"batch.completed","data":{"id":"batch_x"}}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [NativeAotFact]
    public async Task The_native_binary_deserializes_a_typed_stripe_event()
    {
        Assert.True(sample.PublishExitCode == 0, sample.PublishLog);
        using var client = new HttpClient { BaseAddress = sample.BaseAddress };
        var id = Guid.NewGuid().ToString("N");
        var body = $$$"""{"id":"evt_{{{id}}}","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":"pi_{{{id}}}","object":"payment_intent","amount":4200,"currency":"eur","status":"succeeded"}},"created":1}""";

        using var response = await client.SendAsync(new WebhookSigner("stripe", "whsec_sample_development_only").CreateRequest("/webhooks/stripe", body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await WaitUntil(() => sample.Console.Contains($"Payment pi_{id} succeeded: 4200 eur", StringComparison.Ordinal));
        Assert.Contains($"Payment pi_{id} succeeded: 4200 eur", sample.Console);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
