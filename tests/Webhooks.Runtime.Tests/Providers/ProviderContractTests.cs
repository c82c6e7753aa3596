using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// What every built-in provider must do, run once per provider by a class in this folder: a WebhookSigner
/// round trip passes; a wrong secret, a tampered body or a missing header fails; either of two configured
/// secrets passes; a signed timestamp is held to the tolerance, both ways.
/// </summary>
public abstract class ProviderContractTests
{
    protected const long Now = 1_700_000_000;

    /// <summary>The provider's name.</summary>
    protected abstract string Provider { get; }

    /// <summary>A secret as the provider issues it.</summary>
    protected abstract string Secret { get; }

    /// <summary>Another secret of the same form (the new one during a rotation).</summary>
    protected abstract string OtherSecret { get; }

    /// <summary>The headers that carry the signature; removing any one of them leaves <c>MissingHeaders</c>.</summary>
    protected abstract string[] SignatureHeaders { get; }

    protected virtual string Url => "https://example.com/webhooks/" + Provider;

    protected virtual string Body => """{"type":"test.event","id":"evt_1","data":{"n":1}}""";

    protected virtual HttpRequestMessage Sign(WebhookSigner signer) => signer.CreateRequest(Url, Body);

    /// <summary>What the receiver configures for a sender's secret: the same, except for key pairs.</summary>
    protected virtual string ReceiverSecret(string senderSecret) => senderSecret;

    /// <summary>
    /// Whether the scheme covers the body. Credentials sent as they are (a token, HTTP Basic) don't: a changed body
    /// passes, and only HTTPS keeps it whole.
    /// </summary>
    protected virtual bool SignsBody => true;

    /// <summary>Configures the receiver with these secrets; HTTP Basic providers turn <c>username:password</c> into a pair.</summary>
    protected virtual void Configure(WebhookProviderOptions options, string[] secrets) => options.Secrets.AddRange(secrets);

    private ProviderDescriptor Descriptor => BuiltInProviders.Find(Provider)!;

    private WebhookSignatureVerifier ReceiverVerifier(TimeProvider clock, params string[] secrets) =>
        Verifier(Provider, clock, options => Configure(options, secrets));

    private WebhookVerificationStatus TamperedStatus => SignsBody ? WebhookVerificationStatus.InvalidSignature : WebhookVerificationStatus.Valid;

    private async Task<WebhookVerificationResult> Deliver(string signedWith, long signedAt, long receivedAt, string[] configured, Func<byte[], byte[]>? change = null)
    {
        var (request, body) = await Receive(Sign(new WebhookSigner(Provider, signedWith, ClockAt(signedAt))));
        var verifier = ReceiverVerifier(ClockAt(receivedAt), [.. configured.Select(ReceiverSecret)]);
        return verifier.Verify(request, change is null ? body : change(body));
    }

    [Fact]
    public async Task Signer_round_trip_is_valid()
    {
        var result = await Deliver(Secret, Now, Now, [Secret]);

        Assert.Equal(WebhookVerificationStatus.Valid, result.Status);
        Assert.Equal(Descriptor.SignsTimestamp ? DateTimeOffset.FromUnixTimeSeconds(Now) : null, result.Timestamp);
    }

    [Fact]
    public async Task Wrong_secret_is_invalid() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, (await Deliver(OtherSecret, Now, Now, [Secret])).Status);

    [Fact]
    public async Task Tampered_body_is_invalid() =>
        Assert.Equal(TamperedStatus, (await Deliver(Secret, Now, Now, [Secret], Tampered)).Status);

    [Fact]
    public async Task Either_of_two_configured_secrets_passes()
    {
        Assert.Equal(WebhookVerificationStatus.Valid, (await Deliver(Secret, Now, Now, [OtherSecret, Secret])).Status);
        Assert.Equal(WebhookVerificationStatus.Valid, (await Deliver(OtherSecret, Now, Now, [OtherSecret, Secret])).Status);
    }

    // One verifier serves every request; its keyed HMAC contexts are per thread, so requests on four threads at once
    // (threads of their own, started together, not the test runner's busy pool), valid and tampered interleaved, must
    // each get their own answer. Each thread has its own request, as each server request does: an HttpRequest itself
    // is not safe to read from several threads (its query is built on first use).
    [Fact]
    public async Task One_verifier_answers_every_request_right_from_many_threads_at_once()
    {
        var verifier = ReceiverVerifier(ClockAt(Now), ReceiverSecret(OtherSecret), ReceiverSecret(Secret));
        var requests = new List<(Microsoft.AspNetCore.Http.HttpRequest Request, byte[] Body)>();
        for (var n = 0; n < 4; n++)
        {
            requests.Add(await Receive(Sign(new WebhookSigner(Provider, Secret, ClockAt(Now)))));
        }

        var wrong = 0;
        using var start = new Barrier(requests.Count);
        var threads = requests.Select(received => new Thread(() =>
        {
            var tampered = Tampered(received.Body);
            start.SignalAndWait();
            for (var i = 0; i < 1000; i++)
            {
                var valid = i % 3 != 0;
                try
                {
                    var status = verifier.Verify(received.Request, valid ? received.Body : tampered).Status;
                    if (status != (valid ? WebhookVerificationStatus.Valid : TamperedStatus))
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
                catch (Exception)
                {
                    // A context shared between threads is refused with a CryptographicException; nothing thrown on this
                    // thread may take the test host down.
                    Interlocked.Increment(ref wrong);
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Equal(0, wrong);
    }

    [Fact]
    public async Task Each_missing_signature_header_is_reported()
    {
        foreach (var header in SignatureHeaders)
        {
            var (request, body) = await Receive(Sign(new WebhookSigner(Provider, Secret, ClockAt(Now))));
            Assert.True(request.Headers.Remove(header), header);
            Assert.Equal(WebhookVerificationStatus.MissingHeaders, ReceiverVerifier(ClockAt(Now), ReceiverSecret(Secret)).Verify(request, body).Status);
        }
    }

    [Theory]
    [InlineData(300, WebhookVerificationStatus.Valid)]
    [InlineData(301, WebhookVerificationStatus.TimestampOutOfTolerance)]
    [InlineData(-300, WebhookVerificationStatus.Valid)]
    [InlineData(-301, WebhookVerificationStatus.TimestampOutOfTolerance)]
    // The status is passed as object: a public test method can't take the runtime's internal enum.
    public async Task Signed_timestamps_are_held_to_300_seconds_both_ways(long receivedLater, object expected)
    {
        var result = await Deliver(Secret, Now, Now + receivedLater, [Secret]);

        // Schemes that sign no timestamp can't tell an old delivery from a new one: dedupe on the delivery id.
        Assert.Equal(Descriptor.SignsTimestamp ? (WebhookVerificationStatus)expected : WebhookVerificationStatus.Valid, result.Status);
    }
}
