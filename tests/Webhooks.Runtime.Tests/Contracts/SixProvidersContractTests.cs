using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>
/// The contracts of Clerk, Resend, WooCommerce, Cursor, Bitbucket and AfterShip, read through the built-in
/// source-generated metadata from their documentation's payload shapes.
/// </summary>
public sealed class SixProvidersContractTests
{
    private static readonly WebhookContractsJsonContext Json = WebhookContractsJsonContext.Default;

    // Cursor's Cloud Agents API docs, "Webhooks", the example payload (its summary shortened).
    [Fact]
    public void Cursor_status_change_from_the_docs()
    {
        var change = JsonSerializer.Deserialize("""
            {"event":"statusChange","timestamp":"2024-01-15T10:30:00Z","id":"bc_abc123","status":"FINISHED","source":{"repository":"https://github.com/your-org/your-repo","ref":"main"},"target":{"url":"https://cursor.com/agents?id=bc_abc123","branchName":"cursor/add-readme-1234","prUrl":"https://github.com/your-org/your-repo/pull/1234"},"summary":"Added README.md"}
            """, Json.CursorStatusChange)!;

        Assert.Equal(("statusChange", "bc_abc123", "FINISHED"), (change.Event, change.Id, change.Status));
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero), change.Timestamp);
        Assert.Equal("main", change.Source!.Ref);
        Assert.Equal("cursor/add-readme-1234", change.Target!.BranchName);
        Assert.Equal("https://github.com/your-org/your-repo/pull/1234", change.Target.PrUrl);
    }

    // Clerk's SDK types (UserJSON) and its docs' event envelope.
    [Fact]
    public void Clerk_user_created()
    {
        var evt = JsonSerializer.Deserialize("""
            {"data":{"id":"user_29w83sxmDNGwOuEthce5gg56FcC","object":"user","first_name":"Example","last_name":"Example","username":null,"primary_email_address_id":"idn_29w83yL7CwVlJXylYLxcslromF1","email_addresses":[{"id":"idn_29w83yL7CwVlJXylYLxcslromF1","object":"email_address","email_address":"example@example.org"}],"created_at":1654012591514,"updated_at":1654012591835},"object":"event","type":"user.created","timestamp":1654012591835,"instance_id":"ins_123"}
            """, Json.ClerkEvent)!;
        var user = evt.GetUser()!;

        Assert.Equal(("user.created", "event", "ins_123"), (evt.Type, evt.Object, evt.InstanceId));
        Assert.Equal("user_29w83sxmDNGwOuEthce5gg56FcC", user.Id);
        Assert.Equal("example@example.org", user.EmailAddresses!.Single(e => e.Id == user.PrimaryEmailAddressId).EmailAddress);
        Assert.Equal(1654012591514, user.CreatedAt);
        Assert.True(user.AdditionalProperties!.ContainsKey("object"));
    }

    // resend-node's webhook-event.interface.ts: email.bounced carries bounce {message, subType, type}.
    [Fact]
    public void Resend_email_bounced()
    {
        var evt = JsonSerializer.Deserialize("""
            {"type":"email.bounced","created_at":"2024-11-22T23:41:12.126Z","data":{"email_id":"56761188-7520-42d8-8898-ff6fc54ce618","created_at":"2024-11-22T23:41:11.894719+00:00","from":"Acme <onboarding@resend.dev>","to":["delivered@resend.dev"],"subject":"Sending this example","bounce":{"message":"The recipient's email address is on the suppression list.","subType":"Suppressed","type":"Permanent"},"tags":{"category":"confirm_email"}}}
            """, Json.ResendEvent)!;
        var email = evt.GetEmail()!;

        Assert.Equal("email.bounced", evt.Type);
        Assert.Equal("56761188-7520-42d8-8898-ff6fc54ce618", email.EmailId);
        Assert.Equal(["delivered@resend.dev"], email.To);
        Assert.Equal("Permanent", email.Bounce!.Value.GetProperty("type").GetString());
        Assert.True(email.AdditionalProperties!.ContainsKey("tags"));
    }

    // WooCommerce REST API v3 order (its dates have no offset; its money is decimal strings).
    [Fact]
    public void WooCommerce_order()
    {
        var order = JsonSerializer.Deserialize("""
            {"id":727,"parent_id":0,"status":"processing","currency":"USD","date_created":"2017-03-22T16:28:02","total":"29.35","customer_id":0,"order_key":"wc_order_58d2d042d1d","billing":{"first_name":"John","email":"john.doe@example.com"},"payment_method":"bacs","line_items":[{"id":315,"name":"Woo Single #1","product_id":93,"quantity":2,"total":"6.00"}]}
            """, Json.WooCommerceOrder)!;

        Assert.Equal((727L, "processing", "29.35"), (order.Id, order.Status, order.Total));
        Assert.Equal("2017-03-22T16:28:02", order.DateCreated);
        Assert.Equal(2, order.LineItems!.Single().Quantity);
        Assert.Equal("john.doe@example.com", order.Billing!.Value.GetProperty("email").GetString());
    }

    // Bitbucket Cloud's event payloads: every event has actor and repository; pull request events a pullrequest.
    [Fact]
    public void Bitbucket_pull_request()
    {
        var evt = JsonSerializer.Deserialize("""
            {"actor":{"type":"user","display_name":"Ada Lovelace","uuid":"{d301aafa-d676-4ee0-88be-962be7417567}","account_id":"557058:c0b7"},"repository":{"type":"repository","full_name":"acme/widgets","name":"widgets","uuid":"{7c3e1b5a}","is_private":true},"pullrequest":{"id":12,"title":"Add a README","state":"MERGED","author":{"display_name":"Ada Lovelace"},"source":{"branch":{"name":"feature/readme"}}}}
            """, Json.BitbucketEvent)!;
        var pr = evt.GetPullRequest()!;

        Assert.Equal("acme/widgets", evt.Repository!.FullName);
        Assert.Equal("Ada Lovelace", evt.Actor!.DisplayName);
        Assert.Equal((12L, "MERGED", "Ada Lovelace"), (pr.Id, pr.State, pr.Author!.DisplayName));
        Assert.Null(evt.Push);
    }

    // AfterShip Tracking's webhook specification: ts, event, event_id, is_tracking_first_tag, msg.
    [Fact]
    public void AfterShip_tracking_update()
    {
        var evt = JsonSerializer.Deserialize("""
            {"ts":1700000000,"event":"tracking_update","event_id":"6a1f2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b","is_tracking_first_tag":false,"msg":{"id":"abc","tracking_number":"1Z999AA10123456784","slug":"ups","tag":"Delivered","subtag":"Delivered_001","checkpoints":[]}}
            """, Json.AfterShipEvent)!;

        Assert.Equal((1700000000L, "tracking_update", false), (evt.Ts, evt.Event, evt.IsTrackingFirstTag));
        Assert.Equal(("ups", "Delivered", "Delivered_001"), (evt.Msg!.Slug, evt.Msg.Tag, evt.Msg.Subtag));
        Assert.True(evt.Msg.AdditionalProperties!.ContainsKey("checkpoints"));
    }

    [Theory]
    [InlineData("""{"ts":1,"event":null,"event_id":"e"}""")]
    [InlineData("""{"ts":"1","event":"tracking_update","event_id":"e"}""")]
    public void AfterShip_null_or_mistyped_required_members_throw(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.AfterShipEvent));

    [Theory]
    [InlineData(typeof(ClerkEvent), "clerk")]
    [InlineData(typeof(ResendEvent), "resend")]
    [InlineData(typeof(WooCommerceOrder), "woocommerce")]
    [InlineData(typeof(CursorStatusChange), "cursor")]
    [InlineData(typeof(BitbucketEvent), "bitbucket")]
    [InlineData(typeof(AfterShipEvent), "aftership")]
    public void Each_contract_names_its_provider(Type contract, string provider) =>
        Assert.Equal(provider, contract.GetCustomAttribute<WebhookContractAttribute>()!.Provider);
}
