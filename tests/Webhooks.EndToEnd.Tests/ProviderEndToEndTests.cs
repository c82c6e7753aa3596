using System.Net;
using System.Text;
using Webhooks.Testing;

namespace Webhooks.EndToEnd.Tests;

/// <summary>Every provider over HTTP: a signed delivery runs its handler once; wrong or tampered ones run nothing.</summary>
public sealed class ProviderEndToEndTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    [Theory]
    [MemberData(nameof(ProviderCase.Paths), MemberType = typeof(ProviderCase))]
    public async Task A_signed_delivery_runs_its_handler_once_and_a_redelivery_does_not_run_it_again(string path)
    {
        var provider = ProviderCase.All[path];
        var id = NewId();

        using var first = await server.Client.SendAsync(Request(provider, provider.Handled, id));
        using var again = await server.Client.SendAsync(Request(provider, provider.Handled, id));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        // Postmark, ElevenLabs, Webflow and Calendly send no delivery id: its redeliveries run again (README), so its handlers must be idempotent.
        Assert.Equal(provider.Deduplicates ? 1 : 2, Handled(provider, provider.Handled, id));
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Paths), MemberType = typeof(ProviderCase))]
    public async Task An_event_without_a_handler_answers_200_and_runs_nothing(string path)
    {
        var provider = ProviderCase.All[path];
        var id = NewId();
        if (provider.Unhandled.Length == 0)
        {
            return; // every delivery of the provider is its one event (Deepgram's callback)
        }

        using var response = await server.Client.SendAsync(Request(provider, provider.Unhandled, id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, Handled(provider, provider.Unhandled, id));
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Paths), MemberType = typeof(ProviderCase))]
    public async Task A_delivery_signed_with_another_secret_answers_401(string path)
    {
        var provider = ProviderCase.All[path];
        var id = NewId();

        using var response = await server.Client.SendAsync(Request(provider, provider.Handled, id, provider.WrongSecret));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Handled(provider, provider.Handled, id));

        // HTTP Basic challenges for credentials, so that a sender with credentials in its URL sends them; nothing else does.
        var basic = WebhookServer.BasicProviders.Contains(provider.Signer);
        Assert.Equal(basic ? ["Basic realm=\"webhooks\", charset=\"UTF-8\""] : [], response.Headers.WwwAuthenticate.Select(h => h.ToString()));
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Paths), MemberType = typeof(ProviderCase))]
    public async Task A_body_changed_after_signing_answers_401(string path)
    {
        var provider = ProviderCase.All[path];
        var id = NewId();
        using var request = Request(provider, provider.Handled, id);
        var bytes = await request.Content!.ReadAsByteArrayAsync();
        var contentType = request.Content.Headers.ContentType;
        // JSON gains a space; a form's last value gains a digit (Twilio signs the fields, not the bytes).
        request.Content = new ByteArrayContent([.. bytes, (byte)(provider.IsForm ? '1' : ' ')]);
        request.Content.Headers.ContentType = contentType;

        using var response = await server.Client.SendAsync(request);

        // A token or Basic credentials cover nothing but themselves: the changed body passes (only HTTPS keeps it whole).
        Assert.Equal(provider.SignsBody ? HttpStatusCode.Unauthorized : HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(provider.SignsBody ? 0 : 1, Handled(provider, provider.Handled, id));
    }

    // Stripe's type comes last and is read from the end of the body, so a malformation before it is only found by the
    // payload's deserialization (a handled event) or the whole-body check (an event nobody handles): still a 400 with
    // nothing run, and the claim released so that the corrected retry is processed.
    [Theory]
    [InlineData("payment_intent.succeeded")]
    [InlineData("payment_intent.canceled")]
    public async Task A_stripe_event_malformed_before_its_type_answers_400_runs_nothing_and_its_retry_is_processed(string type)
    {
        var provider = ProviderCase.All["/webhooks/stripe"];
        var id = NewId();
        var body = provider.Body(type, id);
        var malformed = body.Replace("""{"id":"pi_1"}""", """{"id":"pi_1",}""", StringComparison.Ordinal);
        var signer = new WebhookSigner(server.Services, "stripe", WebhookServer.Secrets["stripe"], server.Clock);

        Assert.NotEqual(body, malformed);
        using var rejected = await server.Client.SendAsync(signer.CreateRequest(provider.Path, malformed, eventType: type));
        var ranOnRejected = server.Log.CountWhere(entry => entry.Contains(id, StringComparison.Ordinal));
        using var retried = await server.Client.SendAsync(signer.CreateRequest(provider.Path, body, eventType: type));

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(0, ranOnRejected);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(type == provider.Handled ? 1 : 0, Handled(provider, type, id));
    }

    [Fact]
    public async Task A_catch_all_handler_runs_for_events_no_other_method_handles_and_only_for_those()
    {
        var provider = ProviderCase.All["/webhooks/generic"];
        var handled = NewId();
        var other = NewId();

        using var first = await server.Client.SendAsync(Request(provider, provider.Handled, handled));
        using var second = await server.Client.SendAsync(Request(provider, "thing.unforeseen", other));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(0, server.Log.CountWhere(e => e.StartsWith("generic-any:", StringComparison.Ordinal) && e.Contains(handled, StringComparison.Ordinal)));
        Assert.Equal(1, server.Log.CountWhere(e => e.StartsWith("generic-any:thing.unforeseen:", StringComparison.Ordinal) && e.Contains(other, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_forwarded_delivery_tells_its_handler_what_hookdeck_said()
    {
        var provider = ProviderCase.All["/webhooks/hookdeck/stripe"];
        var id = NewId();

        using var response = await server.Client.SendAsync(Request(provider, provider.Handled, id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, server.Log.Count($"hookdeck-event:d_{id}:evt_{id}"));
    }

    [Fact]
    public async Task A_twilio_handler_reads_the_form_fields()
    {
        var provider = ProviderCase.All["/webhooks/twilio"];
        var id = NewId();

        using var response = await server.Client.SendAsync(Request(provider, provider.Handled, id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, server.Log.Count($"twilio-sid:SM{id}"));
    }

    [Fact]
    public async Task Slack_url_verification_is_answered_with_its_challenge_once_verified()
    {
        var signer = new WebhookSigner("slack", WebhookServer.Secrets["slack"], server.Clock);
        const string body = """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

        using var response = await server.Client.SendAsync(signer.CreateRequest("/webhooks/slack", body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Slack_url_verification_with_a_bad_signature_is_refused_and_told_not_to_retry()
    {
        var impostor = new WebhookSigner("slack", "another-signing-secret", server.Clock);

        using var response = await server.Client.SendAsync(
            impostor.CreateRequest("/webhooks/slack", """{"challenge":"abc","type":"url_verification"}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Slack-No-Retry")));
        Assert.DoesNotContain("abc", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failed_slack_handler_leaves_retries_on()
    {
        var signer = new WebhookSigner("slack", WebhookServer.Secrets["slack"], server.Clock);

        using var response = await server.Client.SendAsync(signer.CreateRequest("/webhooks/slack", """{"type":"event_callback","event_id":"Ev9","event":{"type":"message"}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Slack-No-Retry"));
    }

    private HttpRequestMessage Request(ProviderCase provider, string eventType, string id, string? secret = null)
    {
        var signer = new WebhookSigner(server.Services, provider.Signer, secret ?? WebhookServer.Secrets[provider.Signer], server.Clock);
        var uri = new Uri(server.Client.BaseAddress!, provider.Path).ToString();
        var body = provider.Body(eventType, id);
        var deliveryId = "d_" + id;
        return provider.IsForm
            ? signer.CreateRequest(uri, ParseForm(body), deliveryId, eventType)
            : signer.CreateRequest(uri, body, deliveryId, eventType);
    }

    // Deliveries are recorded as "{provider}:{event type}:{delivery id}"; every delivery id here contains the test's id.
    private int Handled(ProviderCase provider, string eventType, string id) =>
        server.Log.CountWhere(entry => entry.StartsWith($"{provider.RecordedAs}:{eventType}:", StringComparison.Ordinal) && entry.Contains(id, StringComparison.Ordinal));

    private static IEnumerable<KeyValuePair<string, string>> ParseForm(string body) =>
        body.Split('&').Select(pair => pair.Split('=', 2)).Select(kv => KeyValuePair.Create(Uri.UnescapeDataString(kv[0]), Uri.UnescapeDataString(kv[1])));

    private static string NewId() => Guid.NewGuid().ToString("N");
}
