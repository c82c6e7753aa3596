namespace Webhooks.Benchmarks;

// The handler classes our path dispatches to: each handler keeps its payload, so nothing is optimised away.

[WebhookProvider("openai")]
public partial class BenchOpenAIWebhooks
{
    public static object? Last;

    [OnEvent("batch.completed")]
    public void OnBatchCompleted(OpenAIEvent evt) => Last = evt;

    [OnEvent("batch.failed")]
    public void OnBatchFailed(OpenAIEvent evt) => Last = evt;
}

[WebhookProvider("stripe")]
public partial class BenchStripeWebhooks
{
    public static object? Last;

    [OnEvent("payment_intent.succeeded")]
    public void OnPaymentSucceeded(StripeEvent<StripePaymentIntent> evt) => Last = evt;

    [OnEvent("invoice.paid")]
    public void OnInvoicePaid(StripeEvent<StripeInvoice> evt) => Last = evt;
}

[WebhookProvider("github")]
public partial class BenchGitHubWebhooks
{
    public static object? Last;

    public static long Handled;

    [OnEvent("push")]
    public void OnPush(GitHubPushEvent evt)
    {
        Last = evt;
        Interlocked.Increment(ref Handled);
    }

    [OnEvent("ping")]
    public void OnPing(GitHubPingEvent evt) => Last = evt;
}
