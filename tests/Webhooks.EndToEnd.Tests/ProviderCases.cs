namespace Webhooks.EndToEnd.Tests;

/// <summary>How to send one provider a delivery: its route, an event its test class handles and one it doesn't, and a body.</summary>
public sealed record ProviderCase(string Provider, string Path, string Handled, string Unhandled, Func<string, string, string> Body, bool IsForm = false)
{
    /// <summary>The provider whose secret signs the deliveries (the forwarder, for a forwarded class).</summary>
    public string Signer { get; init; } = Provider;

    /// <summary>The name the handler records deliveries under.</summary>
    public string RecordedAs { get; init; } = Provider;

    /// <summary>Whether the scheme covers the body; credentials sent as they are (a token, HTTP Basic) don't.</summary>
    public bool SignsBody { get; init; } = true;

    /// <summary>Whether the provider sends a delivery id that a redelivery repeats (Postmark, ElevenLabs, Webflow and Calendly send none).</summary>
    public bool Deduplicates { get; init; } = true;

    /// <summary>A secret the receiver is not configured with, in the form the provider's signer takes.</summary>
    public string WrongSecret { get; init; } = "whsec_" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("not the configured secret"));


    // OpenAI is covered status by status in StatusMappingTests.
    public static readonly Dictionary<string, ProviderCase> All = new ProviderCase[]
    {
        new("replicate", "/webhooks/replicate", "succeeded", "processing",
            (status, id) => $$$"""{"id":"{{{id}}}","model":"owner/model","status":"{{{status}}}","output":["https://example.com/out.png"]}"""),
        new("standard-webhooks", "/webhooks/standard-webhooks", "invoice.paid", "invoice.voided",
            (type, id) => $$$"""{"type":"{{{type}}}","timestamp":"2024-06-01T00:00:00Z","data":{"id":"{{{id}}}"}}"""),
        new("hookdeck", "/webhooks/hookdeck", "order.created", "order.deleted",
            (type, id) => $$$"""{"type":"{{{type}}}","id":"{{{id}}}"}"""),
        new("stripe", "/webhooks/hookdeck/stripe", "payment_intent.succeeded", "payment_intent.canceled",
            (type, id) => $$$"""{"id":"evt_{{{id}}}","object":"event","data":{"object":{"id":"pi_1"}},"type":"{{{type}}}"}""")
            { Signer = "hookdeck", RecordedAs = "hookdeck/stripe" },
        new("openfx", "/webhooks/openfx", "deposits", "withdrawals",
            (type, id) => $$$"""{"eventId":"{{{id}}}","type":"{{{type}}}","amount":"10.00"}"""),
        new("generic", "/webhooks/generic", "thing.happened", "thing.ignored",
            (type, id) => $$$"""{"id":"{{{id}}}","type":"{{{type}}}"}"""),
        new("stripe", "/webhooks/stripe", "payment_intent.succeeded", "payment_intent.canceled",
            (type, id) => $$$"""{"id":"evt_{{{id}}}","object":"event","data":{"object":{"id":"pi_1"}},"type":"{{{type}}}"}"""),
        new("github", "/webhooks/github", "push", "ping",
            (_, id) => $$$"""{"ref":"refs/heads/main","after":"{{{id}}}","repository":{"full_name":"octo/repo"}}"""),
        new("slack", "/webhooks/slack", "app_mention", "reaction_added",
            (type, id) => $$$"""{"type":"event_callback","team_id":"T1","event_id":"Ev{{{id}}}","event":{"type":"{{{type}}}","user":"U1","text":"hi"}}"""),
        new("shopify", "/webhooks/shopify", "orders/create", "orders/paid",
            (_, id) => $$$"""{"id":820982911946154508,"name":"#{{{id}}}","total_price":"10.00"}"""),
        new("twilio", "/webhooks/twilio", "delivered", "sent",
            (status, id) => $"MessageSid=SM{id}&MessageStatus={status}&To=%2B15558675310", IsForm: true),
        new("vercel", "/webhooks/vercel", "deployment.created", "deployment.error",
            (type, id) => $$$"""{"id":"{{{id}}}","type":"{{{type}}}","createdAt":1719168000000,"payload":{}}"""),
        new("clerk", "/webhooks/clerk", "user.created", "user.deleted",
            (type, id) => $$$"""{"data":{"id":"user_{{{id}}}","object":"user","first_name":"Ada"},"object":"event","type":"{{{type}}}","timestamp":1719168000000}"""),
        new("resend", "/webhooks/resend", "email.sent", "email.opened",
            (type, id) => $$$"""{"type":"{{{type}}}","created_at":"2024-06-01T00:00:00.000Z","data":{"email_id":"{{{id}}}","from":"a@example.com","to":["b@example.com"],"subject":"Hi"}}"""),
        new("woocommerce", "/webhooks/woocommerce", "order.created", "order.deleted",
            (_, id) => $$$"""{"id":727,"status":"processing","order_key":"wc_order_{{{id}}}","total":"29.35"}"""),
        new("cursor", "/webhooks/cursor", "FINISHED", "ERROR",
            (status, id) => $$$"""{"event":"statusChange","timestamp":"2024-01-15T10:30:00Z","id":"bc_{{{id}}}","status":"{{{status}}}","summary":"Done"}"""),
        new("bitbucket", "/webhooks/bitbucket", "repo:push", "repo:fork",
            (_, id) => $$$"""{"actor":{"display_name":"Ada"},"repository":{"full_name":"acme/widgets"},"push":{"changes":[{"new":{"target":{"hash":"{{{id}}}"} } }]}}"""),
        new("aftership", "/webhooks/aftership", "tracking_update", "edd_revise",
            (type, id) => $$$"""{"ts":1719168000,"event":"{{{type}}}","event_id":"{{{id}}}","msg":{"tracking_number":"1Z999","tag":"InTransit"}}"""),
        new("fusionauth", "/webhooks/fusionauth", "user.create", "user.delete",
            (type, id) => $$$$"""{"event":{"type":"{{{{type}}}}","id":"{{{{id}}}}","createInstant":1700000000000,"user":{"id":"u1","email":"a@example.com"}}}"""),
        new("gitlab", "/webhooks/gitlab", "Push Hook", "Tag Push Hook",
            (_, id) => $$$"""{"object_kind":"push","ref":"refs/heads/main","after":"{{{id}}}","commits":[],"total_commits_count":0}""")
            { SignsBody = false },
        new("chargebee", "/webhooks/chargebee", "subscription_created", "subscription_cancelled",
            (type, id) => $$$$"""{"id":"ev_{{{{id}}}}","occurred_at":1700000000,"object":"event","api_version":"v2","event_type":"{{{{type}}}}","content":{"subscription":{"id":"sub_1","status":"active"}}}""")
            { SignsBody = false, WrongSecret = "wrong:wrong" },
        new("postmark", "/webhooks/postmark", "Bounce", "Delivery",
            (type, id) => $$$"""{"RecordType":"{{{type}}}","ID":42,"Type":"HardBounce","TypeCode":1,"MessageID":"{{{id}}}","Email":"john@example.com","Recipient":"john@example.com"}""")
            { SignsBody = false, Deduplicates = false, WrongSecret = "username:wrong-password" },
        new("deepgram", "/webhooks/deepgram", "callback", "",
            (_, id) => $$$$"""{"metadata":{"request_id":"{{{{id}}}}","channels":1},"results":{"channels":[{"alternatives":[{"transcript":"hello","confidence":0.99}]}]}}""")
            { SignsBody = false, WrongSecret = "deepgram:wrong-password" },
        new("paddle", "/webhooks/paddle", "transaction.completed", "transaction.updated",
            (type, id) => $$$"""{"event_id":"evt_{{{id}}}","event_type":"{{{type}}}","occurred_at":"2024-04-12T10:18:49.621022Z","notification_id":"ntf_{{{id}}}","data":{"id":"txn_1","status":"completed"}}"""),
        new("elevenlabs", "/webhooks/elevenlabs", "post_call_transcription", "post_call_audio",
            (type, id) => $$$"""{"type":"{{{type}}}","event_timestamp":1739537297,"data":{"agent_id":"agent_1","conversation_id":"{{{id}}}","status":"done"}}""")
            { Deduplicates = false },
        new("webflow", "/webhooks/webflow", "form_submission", "site_publish",
            (type, id) => $$$"""{"triggerType":"{{{type}}}","payload":{"name":"Contact","siteId":"65427cf400e02b306eaa049c","data":{"email":"ada@example.com"},"id":"{{{id}}}"}}""")
            { Deduplicates = false },
        new("calendly", "/webhooks/calendly", "invitee.created", "invitee.canceled",
            (type, id) => $$$"""{"created_at":"2024-06-01T00:00:00.000000Z","created_by":"https://api.calendly.com/users/AAAA","event":"{{{type}}}","payload":{"uri":"https://api.calendly.com/scheduled_events/E/invitees/{{{id}}}","email":"ada@example.com","status":"active"}}""")
            { Deduplicates = false },
        new("acme", "/webhooks/acme", "order.created", "order.shipped",
            (kind, id) => $$$"""{"kind":"{{{kind}}}","id":"{{{id}}}"}"""),
    }.ToDictionary(c => c.Path);

    public static IEnumerable<object[]> Paths => All.Keys.Select(path => new object[] { path });
}
