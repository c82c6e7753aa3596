using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>Slack's Events API envelope, inner events and URL handshake, read through the built-in source-generated metadata.</summary>
public sealed class SlackContractTests
{
    // The callback envelope of https://docs.slack.dev/apis/events-api/ around the app_mention example of
    // https://docs.slack.dev/reference/events/app_mention.
    private const string AppMention = """
        {
          "token": "XXYYZZ",
          "team_id": "T123ABC456",
          "api_app_id": "A123ABC456",
          "event": {
            "type": "app_mention",
            "user": "U061F7AUR",
            "text": "<@U0LAN0Z89> is it everything a river should be?",
            "ts": "1515449522.000016",
            "channel": "C123ABC456",
            "event_ts": "1515449522000016"
          },
          "type": "event_callback",
          "authorizations": [
            {
              "enterprise_id": "E123ABC456",
              "team_id": "T123ABC456",
              "user_id": "U123ABC456",
              "is_bot": false,
              "is_enterprise_install": false
            }
          ],
          "event_id": "Ev123ABC456",
          "event_context": "EC123ABC456",
          "event_time": 1515449522,
          "is_ext_shared_channel": false,
          "context_team_id": "T123ABC456",
          "context_enterprise_id": null
        }
        """;

    // A threaded reply, after the message.channels example of https://docs.slack.dev/reference/events/message.channels.
    private const string ThreadReply = """
        {
          "token": "XXYYZZ",
          "team_id": "T123ABC456",
          "api_app_id": "A123ABC456",
          "event": {
            "type": "message",
            "channel": "C123ABC456",
            "user": "U123ABC456",
            "text": "Live long and prospect.",
            "ts": "1355517523.000005",
            "thread_ts": "1355517500.000001",
            "event_ts": "1355517523.000005",
            "channel_type": "channel"
          },
          "type": "event_callback",
          "event_id": "Ev123ABC457",
          "event_time": 1355517523
        }
        """;

    // team_join sends the whole user (https://docs.slack.dev/reference/events/team_join); the user is cut short.
    private const string TeamJoin = """
        {
          "token": "XXYYZZ",
          "team_id": "T123ABC456",
          "api_app_id": "A123ABC456",
          "event": {
            "type": "team_join",
            "user": { "id": "W012A3CDE", "team_id": "T123ABC456", "name": "spengler", "real_name": "Egon Spengler", "is_bot": false },
            "event_ts": "1360782804.083113"
          },
          "type": "event_callback",
          "event_id": "Ev123ABC458",
          "event_time": 1360782804
        }
        """;

    // https://docs.slack.dev/reference/events/url_verification
    private const string UrlVerification = """
        {
          "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl",
          "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
          "type": "url_verification"
        }
        """;

    private static SlackEventCallback Read(string json) =>
        JsonSerializer.Deserialize(json, WebhookContractsJsonContext.Default.SlackEventCallback)!;

    [Fact]
    public void Envelope_and_inner_event_are_read()
    {
        var callback = Read(AppMention);

        Assert.Equal("event_callback", callback.Type);
        Assert.Equal("T123ABC456", callback.TeamId);
        Assert.Equal("A123ABC456", callback.ApiAppId);
        Assert.Equal("Ev123ABC456", callback.EventId);
        Assert.Equal(1515449522, callback.EventTime);
        Assert.Equal("EC123ABC456", callback.EventContext);
        Assert.False(callback.IsExtSharedChannel);
        Assert.Equal("U123ABC456", Assert.Single(callback.Authorizations!).UserId);
        Assert.Equal("app_mention", callback.Event.Type);
        Assert.Equal("U061F7AUR", callback.Event.UserId);
        Assert.Equal("C123ABC456", callback.Event.ChannelId);
        Assert.Equal("<@U0LAN0Z89> is it everything a river should be?", callback.Event.Text);
        Assert.Equal("1515449522.000016", callback.Event.Ts);
        Assert.Null(callback.Event.ThreadTs);
    }

    [Fact]
    public void Unknown_envelope_member_is_kept() =>
        Assert.Equal("T123ABC456", Read(AppMention).AdditionalProperties!["context_team_id"].GetString());

    [Fact]
    public void Thread_reply_has_its_parent_and_channel_type()
    {
        var message = Read(ThreadReply).Event;

        Assert.Equal("1355517500.000001", message.ThreadTs);
        Assert.Equal("channel", message.ChannelType);
        Assert.Null(message.Subtype);
    }

    [Fact]
    public void User_object_still_gives_its_id_and_keeps_the_rest()
    {
        var join = Read(TeamJoin).Event;

        Assert.Equal("W012A3CDE", join.UserId);
        Assert.Equal("Egon Spengler", join.User!.Value.GetProperty("real_name").GetString());
        Assert.Null(join.Channel);
        Assert.Null(join.ChannelId);
    }

    [Fact]
    public void Unknown_inner_event_member_is_kept()
    {
        var evt = Read("""{"type":"event_callback","event":{"type":"reaction_added","user":"U123ABC456","reaction":"thumbsup","item":{"type":"message","channel":"C123ABC456","ts":"1360782400.498405"}}}""").Event;

        Assert.Equal("thumbsup", evt.AdditionalProperties!["reaction"].GetString());
    }

    [Fact]
    public void Url_verification_has_the_challenge()
    {
        var verification = JsonSerializer.Deserialize(UrlVerification, WebhookContractsJsonContext.Default.SlackUrlVerification)!;

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", verification.Challenge);
        Assert.Equal("url_verification", verification.Type);
    }

    [Fact]
    public void Missing_members_take_their_defaults()
    {
        var callback = Read("{}");

        Assert.Equal("", callback.EventId);
        Assert.Null(callback.Authorizations);
        Assert.Equal("", callback.Event.Type);
        Assert.Null(callback.Event.UserId);
    }

    [Theory]
    [InlineData("""{"event_time":"now"}""")]
    [InlineData("""{"event":null}""")]
    [InlineData("""{"event":{"type":"message","ts":1355517523.000005}}""")]
    [InlineData("""{"authorizations":{"team_id":"T1"}}""")]
    public void Wrong_type_or_null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => Read(json));

    [Fact]
    public void Contracts_name_slack_and_the_handshake()
    {
        Assert.Equal("slack", typeof(SlackEventCallback).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
        Assert.Equal(["url_verification"], typeof(SlackUrlVerification).GetCustomAttribute<WebhookContractAttribute>()!.Events!);
    }
}
