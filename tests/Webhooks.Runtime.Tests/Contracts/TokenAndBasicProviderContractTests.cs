using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>The GitLab, Chargebee, Postmark and Deepgram payloads, read through the built-in source-generated metadata.</summary>
public sealed class TokenAndBasicProviderContractTests
{
    private static readonly WebhookContractsJsonContext Json = WebhookContractsJsonContext.Default;

    // GitLab's webhook_events.md, "Push events" (abridged: one commit, the repository object left out).
    private const string GitLabPush = """
        {
          "object_kind": "push",
          "event_name": "push",
          "before": "95790bf891e76fee5e1747ab589903a6a1f80f22",
          "after": "da1560886d4f094c3e6c9ef40349f7d38b5d27d7",
          "ref": "refs/heads/master",
          "ref_protected": true,
          "checkout_sha": "da1560886d4f094c3e6c9ef40349f7d38b5d27d7",
          "user_id": 4,
          "user_name": "John Smith",
          "user_username": "jsmith",
          "user_email": "john@example.com",
          "project_id": 15,
          "project":{
            "id": 15,
            "name":"Diaspora",
            "web_url":"http://example.com/mike/diaspora",
            "namespace":"Mike",
            "path_with_namespace":"mike/diaspora",
            "default_branch":"master"
          },
          "commits": [
            {
              "id": "b6568db1bc1dcd7f8b4d5a946b0b91f9dacd7327",
              "message": "Update Catalan translation to e38cb41.\n\nSee https://gitlab.com/gitlab-org/gitlab for more information",
              "title": "Update Catalan translation to e38cb41.",
              "timestamp": "2011-12-12T14:27:31+02:00",
              "url": "http://example.com/mike/diaspora/commit/b6568db1bc1dcd7f8b4d5a946b0b91f9dacd7327",
              "author": { "name": "Jordi Mallach", "email": "jordi@softcatala.org" },
              "added": ["CHANGELOG"],
              "modified": ["app/controller/application.rb"],
              "removed": []
            }
          ],
          "total_commits_count": 4
        }
        """;

    // GitLab's webhook_events.md, "Pipeline events" (abridged); its dates are written "2016-08-12 15:23:28 UTC".
    private const string GitLabPipeline = """
        {"object_kind":"pipeline","object_attributes":{"id":31,"iid":3,"ref":"master","tag":false,"sha":"bcbb5ec396a2c0f828686f14fac9b80b780504f2","source":"merge_request_event","status":"success","detailed_status":"passed","stages":["build","test","deploy"],"created_at":"2016-08-12 15:23:28 UTC","finished_at":"2016-08-12 15:26:29 UTC","duration":63,"url":"http://example.com/gitlab-org/gitlab-test/-/pipelines/31"},"user":{"id":1,"name":"Administrator","username":"root"},"project":{"id":1,"name":"Gitlab Test"},"builds":[]}
        """;

    // chargebee-node test/webhook.test.ts builds its events as {"id","occurred_at","event_type","api_version","content"}.
    private const string ChargebeeSubscriptionCreated = """
        {"id":"ev_16BPgETyVrQbiGhA","occurred_at":1700000000,"source":"admin_console","object":"event","api_version":"v2","event_type":"subscription_created","webhook_status":"scheduled","content":{"subscription":{"id":"16BPgETyVrQVHGh1","customer_id":"16BPgETyVrQVHGh1","status":"active","currency_code":"USD","billing_period_unit":"month","current_term_end":1702592000,"subscription_items":[{"item_price_id":"pro-USD-monthly"}]},"customer":{"id":"16BPgETyVrQVHGh1","email":"ada@example.com","created_at":1700000000},"card":{"status":"valid"}}}
        """;

    // Postmark's bounce webhook page, example body.
    private const string PostmarkBounce = """
        {"RecordType":"Bounce","MessageStream":"outbound","ID":4323372036854775807,"Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","Tag":"Test","MessageID":"883953f4-6105-42a2-a16a-77a8eac79483","Metadata":{"a_key":"a_value","b_key":"b_value"},"ServerID":23,"Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"Test bounce details","Email":"john@example.com","From":"sender@example.com","BouncedAt":"2019-11-05T16:33:54.9070259Z","DumpAvailable":true,"Inactive":true,"CanActivate":true,"Subject":"Test subject","Content":"Test content"}
        """;

    [Fact]
    public void GitLab_push_is_read()
    {
        var push = JsonSerializer.Deserialize(GitLabPush, Json.GitLabPushEvent)!;

        Assert.Equal("refs/heads/master", push.Ref);
        Assert.Equal(4, push.TotalCommitsCount);
        Assert.Equal("mike/diaspora", push.Project!.PathWithNamespace);
        Assert.Equal("Jordi Mallach", Assert.Single(push.Commits).Author!.Name);
        Assert.True(push.AdditionalProperties!["ref_protected"].GetBoolean());
    }

    [Fact]
    public void GitLab_pipeline_keeps_its_dates_as_written()
    {
        var pipeline = JsonSerializer.Deserialize(GitLabPipeline, Json.GitLabPipelineEvent)!;

        Assert.Equal("success", pipeline.ObjectAttributes.Status);
        Assert.Equal("2016-08-12 15:23:28 UTC", pipeline.ObjectAttributes.CreatedAt);
        Assert.Equal(["build", "test", "deploy"], pipeline.ObjectAttributes.Stages);
    }

    [Fact]
    public void Chargebee_event_carries_its_resources()
    {
        var evt = JsonSerializer.Deserialize(ChargebeeSubscriptionCreated, Json.ChargebeeEvent)!;

        Assert.Equal("subscription_created", evt.EventType);
        Assert.Equal(1700000000, evt.OccurredAt);
        Assert.Equal("active", evt.Content.Subscription!.Status);
        Assert.Equal("ada@example.com", evt.Content.Customer!.Email);
        Assert.Null(evt.Content.Invoice);
        Assert.True(evt.Content.AdditionalProperties!.ContainsKey("card"));
    }

    [Fact]
    public void Postmark_bounce_keeps_its_64_bit_id()
    {
        var bounce = JsonSerializer.Deserialize(PostmarkBounce, Json.PostmarkBounce)!;

        Assert.Equal(4323372036854775807, bounce.Id);
        Assert.Equal("HardBounce", bounce.Type);
        Assert.Equal("b_value", bounce.Metadata!["b_key"]);
        Assert.Equal(new DateTimeOffset(2019, 11, 5, 16, 33, 54, TimeSpan.Zero), bounce.BouncedAt!.Value.AddTicks(-bounce.BouncedAt.Value.Ticks % TimeSpan.TicksPerSecond));
    }

    [Fact]
    public void Deepgram_callback_reads_the_transcript_and_the_request_id()
    {
        var callback = JsonSerializer.Deserialize(
            """{"metadata":{"request_id":"r-1","duration":2.5,"channels":1,"models":["m"],"extra":{"job":"42"}},"results":{"channels":[{"alternatives":[{"transcript":"hello world","confidence":0.98,"words":[{"word":"hello","start":0.1,"end":0.4,"confidence":0.99}]}]}]}}""",
            Json.DeepgramCallback)!;

        Assert.Equal("r-1", callback.Metadata.RequestId);
        Assert.Equal("hello world", callback.Results!.Channels[0].Alternatives[0].Transcript);
        Assert.Equal("42", callback.Metadata.Extra!.Value.GetProperty("job").GetString());
    }

    [Theory]
    [InlineData(typeof(GitLabPushEvent), "gitlab")]
    [InlineData(typeof(ChargebeeEvent), "chargebee")]
    [InlineData(typeof(PostmarkInboundMessage), "postmark")]
    [InlineData(typeof(DeepgramCallback), "deepgram")]
    public void Contracts_name_their_provider(Type contract, string provider) =>
        Assert.Equal(provider, contract.GetCustomAttribute<WebhookContractAttribute>()!.Provider);
}
