using System.Text;
using Microsoft.Extensions.Time.Testing;
using Webhooks.Testing;

namespace Webhooks.Cli.Tests;

public sealed class VerifyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webhooks-cli-verify-").FullName;

    public static TheoryData<string> Providers => [.. WebhookFixtures.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_request_signed_as_the_provider_signs_is_valid(string provider)
    {
        var (headers, body) = await Capture(provider, TestApp.Secrets[provider]);

        var result = await Verify(provider, headers, body, provider == "twilio" ? ["--url", "http://127.0.0.1:5080/webhooks/twilio"] : []);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith($"valid: the {provider} signature in ", result.Out);
    }

    [Fact]
    public async Task A_tampered_body_is_invalid_and_says_it_changed_after_signing()
    {
        var (headers, body) = await Capture("stripe", TestApp.Secrets["stripe"]);
        await File.WriteAllTextAsync(body, (await File.ReadAllTextAsync(body)).Replace("\"amount\":2000", "\"amount\":1", StringComparison.Ordinal));

        var result = await Verify("stripe", headers, body);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("invalid: no signature in Stripe-Signature matches this secret: the body or the t= timestamp changed after signing, or another secret signed it.\n", result.Out);
    }

    [Fact]
    public async Task A_stale_timestamp_is_invalid_and_says_by_how_much()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-10));
        var (headers, body) = await Capture("openai", TestApp.Secrets["openai"], clock);

        var result = await Verify("openai", headers, body);
        var withoutCheck = await Verify("openai", headers, body, "--tolerance", "off");
        var wider = await Verify("openai", headers, body, "--tolerance", "900");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^invalid: the openai signature in webhook-signature matches, but the request was signed at \S+ \S+, 60\d s ago: outside the tolerance of 300 s either way\.", result.Out);
        Assert.Equal(0, withoutCheck.ExitCode);
        Assert.Contains("(the timestamp is not checked)", withoutCheck.Out);
        Assert.Equal(0, wider.ExitCode);
    }

    [Fact]
    public async Task A_timestamp_from_the_future_says_a_clock_may_be_off()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(1));
        var (headers, body) = await Capture("slack", TestApp.Secrets["slack"], clock);

        var result = await Verify("slack", headers, body);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("s in the future: outside the tolerance of 300 s either way. Is the sender's clock, or this machine's, off?", result.Out);
    }

    [Fact]
    public async Task A_missing_header_is_named()
    {
        var (headers, body) = await Capture("openai", TestApp.Secrets["openai"]);
        await File.WriteAllLinesAsync(headers, (await File.ReadAllLinesAsync(headers)).Where(l => !l.StartsWith("webhook-timestamp:", StringComparison.Ordinal)));

        var result = await Verify("openai", headers, body);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("invalid: the webhook-timestamp header is missing or empty.\n", result.Out);
    }

    [Fact]
    public async Task A_sender_that_keys_its_hmac_differently_is_a_wrong_secret_encoding()
    {
        // The sender used the whole whsec_ string as UTF-8 bytes, where Standard Webhooks decodes the base64 after it.
        var secret = TestApp.Secrets["standard-webhooks"];
        var body = """{"type":"contact.created","timestamp":"2026-01-01T00:00:00Z","data":{"id":"c1"}}"""u8.ToArray();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = WebhookSignatures.StandardWebhooks(Encoding.UTF8.GetBytes(secret), "msg_1", timestamp, body);
        var headers = Write("h.txt", $"webhook-id: msg_1\nwebhook-timestamp: {timestamp}\nwebhook-signature: {signature}\n");
        var bodyFile = Write("b.json", body);

        var result = await Verify("standard-webhooks", headers, bodyFile, "--secret", secret);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("invalid: the signature in webhook-signature was made with the secret's raw UTF-8 bytes, its 'whsec_' prefix included, but standard-webhooks " +
            "reads the secret as the base64 bytes after 'whsec_': the sender and this secret disagree on its encoding.\n", result.Out);
    }

    [Fact]
    public async Task A_secret_the_provider_cant_decode_is_named_as_such()
    {
        var (headers, body) = await Capture("replicate", TestApp.Secrets["replicate"]);

        var result = await Verify("replicate", headers, body, "--secret", "whsec_not*base64");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("invalid: the secret can't be used for replicate: it is not valid base64 after the 'whsec_' prefix.\n", result.Out);
    }

    [Fact]
    public async Task A_body_file_saved_with_a_newline_is_diagnosed()
    {
        var (headers, body) = await Capture("github", TestApp.Secrets["github"]);
        await File.AppendAllTextAsync(body, "\n");

        var result = await Verify("github", headers, body);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the body is not the one that was signed: the signature matches it without its trailing newline.", result.Out);
    }

    [Fact]
    public async Task Another_secret_is_invalid()
    {
        var (headers, body) = await Capture("vercel", TestApp.Secrets["vercel"]);

        var result = await Verify("vercel", headers, body, "--secret", "someone-elses");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("invalid: no signature in x-vercel-signature matches this secret", result.Out);
    }

    [Fact]
    public async Task A_malformed_signature_header_is_named()
    {
        var (headers, body) = await Capture("github", TestApp.Secrets["github"]);
        await File.WriteAllTextAsync(headers, (await File.ReadAllTextAsync(headers)).Replace("X-Hub-Signature-256: sha256=", "X-Hub-Signature-256: sha1=", StringComparison.Ordinal));

        var result = await Verify("github", headers, body);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("invalid: the X-Hub-Signature-256 header doesn't start with 'sha256='.\n", result.Out);
    }

    [Fact]
    public async Task Twilio_takes_the_url_from_the_request_line_and_host_or_from_url()
    {
        var (headers, body) = await Capture("twilio", TestApp.Secrets["twilio"]);
        var lines = await File.ReadAllTextAsync(headers);

        var fromUrl = await Verify("twilio", headers, body, "--url", "http://127.0.0.1:5080/webhooks/twilio");
        await File.WriteAllTextAsync(headers, "POST /webhooks/twilio HTTP/1.1\nHost: 127.0.0.1:5080\n" + lines);
        var fromRequestLine = await Verify("twilio", headers, body);
        var otherUrl = await Verify("twilio", headers, body, "--url", "http://127.0.0.1:5080/webhooks/other");

        Assert.True(fromUrl.ExitCode == 0, fromUrl.ToString());
        Assert.True(fromRequestLine.ExitCode == 0, fromRequestLine.ToString());
        Assert.Equal(1, otherUrl.ExitCode);
    }

    [Fact]
    public async Task Unreadable_files_and_missing_options_are_usage_errors()
    {
        var (headers, _) = await Capture("openai", TestApp.Secrets["openai"]);
        var noBody = await Verify("openai", headers, "/no/such/body.json");
        var noHeaders = await Cli.Run("verify", "openai", "--secret", "s", "--body", headers);
        var badLine = await Verify("openai", Write("bad.txt", "this is not a header\n"), headers);

        Assert.Equal(2, noBody.ExitCode);
        Assert.Equal(2, noHeaders.ExitCode);
        Assert.Equal(2, badLine.ExitCode);
        Assert.Contains("line 1: not a 'Name: value' header line", badLine.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<Cli.Result> Verify(string provider, string headers, string body, params string[] more) =>
        Cli.Run(["verify", provider, "--headers", headers, "--body", body, .. more.Contains("--secret") ? more : [.. more, "--secret", TestApp.Secrets[provider]]]);

    // Signs the provider's default fixture and writes it as a capture would: "Name: value" lines, and the body's bytes.
    private async Task<(string Headers, string Body)> Capture(string provider, string secret, TimeProvider? clock = null)
    {
        using var request = new WebhookSender(provider, secret, clock).CreateRequest(WebhookFixtures.Create(provider), "http://127.0.0.1:5080/webhooks/" + provider);
        var lines = request.Headers.Concat(request.Content!.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}");
        return (Write(provider + ".headers", string.Join("\r\n", lines) + "\r\n"), Write(provider + ".body", await request.Content.ReadAsByteArrayAsync()));
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
