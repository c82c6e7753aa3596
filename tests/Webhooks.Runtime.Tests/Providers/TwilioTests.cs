using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

public sealed class TwilioTests : ProviderContractTests
{
    // twilio/twilio-python tests/unit/test_request_validator.py and twilio/twilio-csharp
    // test/Twilio.Test/Security/RequestValidatorTest.cs: Auth Token 12345, this URL, these parameters (sent out of order).
    private const string Token = "12345";
    private const string VectorUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string Form = "CallSid=CA1234567890ABCDE&From=%2B14158675309&Digits=1234&To=%2B18005551212&Caller=%2B14158675309";
    private const string FormSignature = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    // twilio-python: the JSON body, its hex SHA-256 and the signature of the URL that carries it.
    private const string JsonBody = "{\"property\": \"value\", \"boolean\": true}";
    private const string JsonBodyHash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
    private const string JsonSignature = "a9nBmqA0ju/hNViExpshrM61xv4=";

    protected override string Provider => "twilio";

    protected override string Secret => "0123456789abcdef0123456789abcdef";

    protected override string OtherSecret => "fedcba9876543210fedcba9876543210";

    protected override string[] SignatureHeaders => ["X-Twilio-Signature"];

    private static HttpRequest FormRequest(string url, string signature, params (string Name, string? Value)[] extra) =>
        Request(url, [("Content-Type", "application/x-www-form-urlencoded"), ("X-Twilio-Signature", signature), .. extra]);

    private static WebhookVerificationStatus Verify(HttpRequest request, string body, Action<WebhookProviderOptions>? configure = null) =>
        Verifier("twilio", TimeProvider.System, options =>
        {
            options.Secrets.Add(Token);
            configure?.Invoke(options);
        }).Verify(request, Utf8(body)).Status;

    // twilio-python test_validation; twilio-csharp TestValidateCollection.
    [Fact]
    public void Twilio_form_vector() => Assert.Equal(WebhookVerificationStatus.Valid, Verify(FormRequest(VectorUrl, FormSignature), Form));

    // twilio-csharp TestValidateFailsWhenIncorrect.
    [Fact]
    public void Twilio_incorrect_signature_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(FormRequest(VectorUrl, "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8="), Form));

    // More fields and longer names than ASP.NET's FormReader allows by default (1,024, 2 KiB): verified, not a 500.
    [Fact]
    public void A_form_past_the_form_readers_default_limits_is_verified()
    {
        var fields = Enumerable.Range(0, 2000).Select(i => KeyValuePair.Create($"F{i:D4}", "v"))
            .Append(KeyValuePair.Create(new string('K', 3000), "long name")).ToList();
        var body = string.Join('&', fields.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value)));
        var signature = WebhookSignatures.Twilio(Utf8(Token), VectorUrl, fields);

        Assert.Equal(WebhookVerificationStatus.Valid, Verify(FormRequest(VectorUrl, signature), body));
    }

    // twilio-python test_compute_signature_duplicate_multi_dict / _query_dict: a repeated key's values are sorted.
    [Fact]
    public void Twilio_repeated_parameter_vector() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        Verify(FormRequest(VectorUrl, "IK+Dwps556ElfBT0I3Rgjkr1wJU="), "Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234"));

    // twilio-python test_validation_removes_port_on_https, _removes_port_on_http, _adds_port_on_https,
    // _adds_port_on_http: the URL is tried without its port and with it (443 or 80 when none is written).
    [Theory]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", FormSignature)]
    [InlineData("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    public void Twilio_port_vectors(string receivedAt, string signature) =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(FormRequest(receivedAt, signature), Form));

    // twilio-python test_validation_of_body_succeeds: a JSON body, its hash in the URL, no parameters signed.
    [Fact]
    public void Twilio_json_body_vector()
    {
        var request = Request(VectorUrl + "&bodySHA256=" + JsonBodyHash, ("Content-Type", "application/json"), ("X-Twilio-Signature", JsonSignature));
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(request, JsonBody));
    }

    // The URL signature alone doesn't cover a JSON body: its hash must match too.
    [Fact]
    public void Twilio_json_body_vector_with_a_changed_body_fails()
    {
        var request = Request(VectorUrl + "&bodySHA256=" + JsonBodyHash, ("Content-Type", "application/json"), ("X-Twilio-Signature", JsonSignature));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(request, JsonBody.Replace("true", "false", StringComparison.Ordinal)));
    }

    // A body that is neither a form nor hashed in the URL would be unauthenticated: refused.
    [Fact]
    public void An_unhashed_json_body_fails()
    {
        var request = Request(VectorUrl, ("Content-Type", "application/json"), ("X-Twilio-Signature", WebhookSignatures.Twilio(Utf8(Token), VectorUrl, [])));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(request, JsonBody));
    }

    // twilio/twilio-node spec/unit/webhooks/webhooks.spec.js: signed with ":443" or without, received either way;
    // a different query fails. The signatures come from the test kit, as the spec's come from getExpectedTwilioSignature.
    [Theory]
    [InlineData("https://example.com:443/path?test=param", "https://example.com/path?test=param", WebhookVerificationStatus.Valid)]
    [InlineData("https://example.com/path?test=param", "https://example.com:443/path?test=param", WebhookVerificationStatus.Valid)]
    [InlineData("https://example.com/path?test=param", "https://example.com/path?test=param2", WebhookVerificationStatus.InvalidSignature)]
    public void Twilio_node_url_cases(string signedUrl, string receivedAt, object expected)
    {
        var signature = WebhookSignatures.Twilio(Utf8("s3cr3t"), signedUrl, []);
        var verifier = Verifier("twilio", TimeProvider.System, "s3cr3t");

        Assert.Equal((WebhookVerificationStatus)expected, verifier.Verify(Request(receivedAt, ("X-Twilio-Signature", signature)), []).Status);
    }

    // Behind a proxy the app sees http://internal:8080/…: the configured public base URL restores the signed URL.
    [Fact]
    public void The_public_base_url_wins()
    {
        var request = FormRequest("http://internal:8080/myapp.php?foo=1&bar=2", FormSignature, ("X-Forwarded-Host", "evil.example"));

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(request, Form));
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(request, Form, o => o.PublicBaseUrl = "https://mycompany.com/"));
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(request, Form, o => (o.PublicBaseUrl, o.TrustForwardedHeaders) = ("https://mycompany.com", true)));
    }

    // Forwarded headers count only when trusted; the first entry of a list is the client's.
    [Fact]
    public void Forwarded_headers_are_used_only_when_trusted()
    {
        var request = FormRequest("http://internal:8080/myapp.php?foo=1&bar=2", FormSignature, ("X-Forwarded-Proto", "https, http"), ("X-Forwarded-Host", "mycompany.com"));

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(request, Form));
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(request, Form, o => o.TrustForwardedHeaders = true));
    }

    [Fact]
    public async Task Signer_form_round_trip_with_repeated_fields()
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("MessageStatus", "delivered"),
            new("MessageSid", "SM1234"),
            new("Body", "Hi there + ünïcode & more"),
            new("MediaUrl", "https://b.example/2"),
            new("MediaUrl", "https://a.example/1"),
        };
        var signer = new WebhookSigner("twilio", Secret, ClockAt(Now));
        var (request, body) = await Receive(signer.CreateRequest("https://example.com/webhooks/twilio", form, webhookId: "idem-1"));

        Assert.Equal(WebhookVerificationStatus.Valid, Verifier("twilio", ClockAt(Now), Secret).Verify(request, body).Status);
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verifier("twilio", ClockAt(Now), Secret).Verify(request, Tampered(body)).Status);
        Assert.Equal("idem-1", request.Headers["I-Twilio-Idempotency-Token"]);
    }

    [Fact]
    public void The_signer_needs_an_absolute_url() =>
        Assert.Throws<ArgumentException>(() => new WebhookSigner("twilio", Secret).CreateRequest("/webhooks/twilio", "{}"));

    [Fact]
    public void Url_options_are_read_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:twilio:Secret"] = Token,
            ["Webhooks:twilio:PublicBaseUrl"] = "https://mycompany.com",
            ["Webhooks:twilio:TrustForwardedHeaders"] = "true",
        }).Build();
        var options = new WebhookProviderOptions();

        WebhookConfigurationReader.Apply(configuration, BuiltInProviders.Twilio, options);

        Assert.Equal("https://mycompany.com", options.PublicBaseUrl);
        Assert.True(options.TrustForwardedHeaders);
    }
}
