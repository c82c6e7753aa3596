using System.Text.Json;

namespace Webhooks.Sample;

/// <summary>Receives Slack's Events API on POST /webhooks/slack; the url_verification handshake is answered for you.</summary>
[WebhookProvider("slack")]
public partial class SlackWebhooks(ILogger<SlackWebhooks> log)
{
    [OnEvent("app_mention")]
    public void OnAppMention(JsonElement envelope) =>
        log.LogInformation("Mentioned by {User}: {Text}",
            envelope.GetProperty("event").GetProperty("user").GetString(),
            envelope.GetProperty("event").GetProperty("text").GetString());

    [OnAnyEvent]
    public void OnOtherEvent(WebhookContext context) =>
        log.LogInformation("Slack sent {EventType} ({WebhookId}); not handled here.", context.EventType, context.WebhookId);
}
