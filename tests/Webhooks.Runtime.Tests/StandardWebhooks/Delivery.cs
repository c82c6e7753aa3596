using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Verification;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>Builds Standard Webhooks requests and verifiers for the tests in this folder.</summary>
internal static class Delivery
{
    // The Standard Webhooks test vector, as in standard-webhooks/standard-webhooks
    // libraries/csharp/StandardWebhooks.Tests/WebhookTest.cs (verifyWebhookSignWorks) and
    // libraries/python/tests/test_webhooks.py (test_sign_function).
    public const string VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public const string VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    public const long VectorTimestamp = 1614265330;
    public const string VectorBody = "{\"test\": 2432232314}";
    public const string VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    public static byte[] VectorKey => SecretDecoder.Decode(VectorSecret, SecretEncoding.StandardWebhooks);

    public static byte[] VectorBodyBytes => Encoding.UTF8.GetBytes(VectorBody);

    public static FakeTimeProvider ClockAt(long unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    /// <summary>A verifier with one key and the default 300 s tolerance.</summary>
    public static StandardWebhooksVerifier Verifier(byte[] key, TimeProvider clock) =>
        new([key], WebhookProviderOptions.DefaultTolerance, clock);

    /// <summary>A request carrying exactly the given headers; a null value leaves the header out.</summary>
    public static HttpRequest Request(params (string Name, string? Value)[] headers)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "POST";
        foreach (var (name, value) in headers)
        {
            if (value is not null)
            {
                request.Headers[name] = value;
            }
        }

        return request;
    }

    /// <summary>A request with the three <c>webhook-*</c> headers.</summary>
    public static HttpRequest Request(string? id, string? timestamp, string? signature) =>
        Request(("webhook-id", id), ("webhook-timestamp", timestamp), ("webhook-signature", signature));

    /// <summary>
    /// The <c>v1,…</c> signature computed here, independently of the runtime and of WebhookSigner, so that a
    /// test signing its own deliveries does not rely on the code under test.
    /// </summary>
    public static string Sign(byte[] key, string id, long timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(id + "." + timestamp.ToString(CultureInfo.InvariantCulture) + ".").Concat(body).ToArray();
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }

    /// <summary>A request for <see cref="VectorBody"/> signed with <paramref name="key"/> at <paramref name="timestamp"/>.</summary>
    public static HttpRequest SignedVectorRequest(byte[] key, long timestamp) =>
        Request(VectorId, timestamp.ToString(CultureInfo.InvariantCulture), Sign(key, VectorId, timestamp, VectorBodyBytes));
}
