namespace Webhooks.Sample;

/// <summary>Receives Slack's Events API on POST /webhooks/slack; the url_verification handshake is answered for you.</summary>
[WebhookProvider("slack")]
public partial class SlackWebhooks(ILogger<SlackWebhooks> log)
{
    [OnEvent("app_mention")]
    public void OnAppMention(SlackEventCallback callback) =>
        log.LogInformation("Mentioned by {User} in {Channel}: {Text}", callback.Event.UserId, callback.Event.ChannelId, callback.Event.Text);

    [OnAnyEvent]
    public void OnOtherEvent(WebhookContext context) =>
        log.LogInformation("Slack sent {EventType} ({WebhookId}); not handled here.", context.EventType, context.WebhookId);
}
