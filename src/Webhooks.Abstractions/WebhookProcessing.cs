namespace Webhooks;

/// <summary>When a provider's deliveries are processed: in the request, or after they are durably stored.</summary>
public enum WebhookProcessing
{
    /// <summary>In the request: the handler's outcome is the HTTP answer (a failure answers 500 and the provider retries).</summary>
    Inline,

    /// <summary>
    /// Acknowledged with 200 once durably stored, then processed in the background with retries, dead letters and
    /// replay. Needs durable storage (<c>UseSqliteStorage()</c> or <c>UsePostgreSqlStorage(…)</c>).
    /// </summary>
    Queued,
}
