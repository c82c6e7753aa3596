using Webhooks;

namespace PackageApp;

/// <summary>Inline: the handler runs in the request.</summary>
[WebhookProvider("github")]
public partial class GitHubWebhooks
{
    [OnEvent("push")]
    public void OnPush(WebhookContext context) => Console.WriteLine($"HANDLED inline github push {context.WebhookId}");

    // Misspelt on purpose (GitHub sends pull_request): the analyzers from the package report WHK0002.
    [OnEvent("pul_request")]
    public void OnPullRequest(WebhookContext context) => Console.WriteLine("never");
}

/// <summary>Queued: stored, answered, then handled in the background (here only once the test opens the gate).</summary>
[WebhookProvider("openai", Processing = WebhookProcessing.Queued)]
public partial class OpenAIWebhooks
{
    [OnEvent("batch.completed")]
    public async Task OnBatchCompleted(OpenAIEvent evt, WebhookContext context, CancellationToken cancellationToken)
    {
        Console.WriteLine($"STARTED queued openai {evt.Data.Id}");
        var gate = Environment.GetEnvironmentVariable("PACKAGE_TEST_GATE") ?? throw new InvalidOperationException("PACKAGE_TEST_GATE is not set.");
        while (!File.Exists(gate))
        {
            await Task.Delay(50, cancellationToken);
        }

        Console.WriteLine($"HANDLED queued openai {evt.Data.Id} attempt {context.Attempt}");
    }
}
