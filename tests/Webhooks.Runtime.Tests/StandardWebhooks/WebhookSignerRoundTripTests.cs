using Microsoft.AspNetCore.Http;
using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.StandardWebhooks.Delivery;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>What WebhookSigner builds is what the verifier accepts.</summary>
public sealed class WebhookSignerRoundTripTests
{
    private const string Secret = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";
    private const string Body = "{\"type\":\"batch.completed\",\"data\":{\"id\":\"batch_1\"}}";

    private static async Task<(HttpRequest Request, byte[] Body)> CopyAsync(HttpRequestMessage message)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = message.Method.Method;
        foreach (var (name, values) in message.Headers)
        {
            context.Request.Headers[name] = values.ToArray();
        }

        foreach (var (name, values) in message.Content!.Headers)
        {
            context.Request.Headers[name] = values.ToArray();
        }

        return (context.Request, await message.Content.ReadAsByteArrayAsync());
    }

    // The published vector: WebhookSigner's signature function reproduces it exactly.
    [Fact]
    public void Signature_function_reproduces_the_published_vector() =>
        Assert.Equal(VectorSignature, WebhookSignatures.StandardWebhooks(VectorKey, VectorId, VectorTimestamp, VectorBodyBytes));

    [Fact]
    public async Task Signed_request_verifies()
    {
        var clock = ClockAt(1750861210);
        var signer = new WebhookSigner("openai", Secret, clock);

        using var message = signer.CreateRequest("/webhooks/openai", Body, "msg_roundtrip");
        var (request, body) = await CopyAsync(message);
        var verifier = new StandardWebhooksVerifier([SecretDecoder.Decode(Secret, BuiltInProviders.OpenAI.SecretEncoding)], WebhookProviderOptions.DefaultTolerance, clock);

        var result = verifier.Verify(request, body);

        Assert.Equal(WebhookVerificationStatus.Valid, result.Status);
        Assert.Equal(clock.GetUtcNow(), result.Timestamp);
        Assert.Equal("msg_roundtrip", request.Headers["webhook-id"].ToString());
        Assert.Equal(Body, System.Text.Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task Signed_request_with_raw_openai_secret_verifies()
    {
        var clock = ClockAt(1750861210);
        using var message = new WebhookSigner("openai", "plain-text-secret", clock).CreateRequest("/webhooks/openai", Body);
        var (request, body) = await CopyAsync(message);

        var result = new StandardWebhooksVerifier([System.Text.Encoding.UTF8.GetBytes("plain-text-secret")], null, clock).Verify(request, body);

        Assert.Equal(WebhookVerificationStatus.Valid, result.Status);
        Assert.StartsWith("msg_", request.Headers["webhook-id"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_request_fails_with_another_secret_or_later_clock()
    {
        var clock = ClockAt(1750861210);
        using var message = new WebhookSigner("openai", Secret, clock).CreateRequest("/webhooks/openai", Body);
        var (request, body) = await CopyAsync(message);

        var otherKey = SecretDecoder.Decode("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", SecretEncoding.StandardWebhooks);
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, new StandardWebhooksVerifier([otherKey], null, clock).Verify(request, body).Status);

        var ownKey = SecretDecoder.Decode(Secret, SecretEncoding.StandardWebhooks);
        clock.Advance(TimeSpan.FromSeconds(301));
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, Verifier(ownKey, clock).Verify(request, body).Status);
    }
}
