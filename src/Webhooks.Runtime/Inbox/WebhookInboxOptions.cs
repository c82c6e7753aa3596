namespace Webhooks.Inbox;

/// <summary>
/// How the durable inbox stores and processes queued deliveries; bound from <c>Webhooks:Inbox</c> and validated at
/// start-up.
/// </summary>
public sealed class WebhookInboxOptions
{
    /// <summary>
    /// The wait before each retry after a failed attempt, in order: a delivery has one attempt more than the schedule has
    /// entries, and is dead after the last. Each wait is drawn at random between zero and its entry (full jitter), so
    /// that retries of many deliveries that failed together spread out. Defaults to Standard Webhooks' schedule:
    /// 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. In configuration: <c>Webhooks:Inbox:RetrySchedule:0</c>, … (seconds or time spans).
    /// </summary>
    public IList<TimeSpan> RetrySchedule { get; set; } =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>
    /// How many deliveries this instance processes at once. Default 16. While a backlog lasts, an instance claims up to four
    /// deliveries per free worker in one transaction, and holds at most eight per worker (claimed ahead, or finished and
    /// waiting for their outcomes' commit): a process that dies leaves no more than that to be attempted again.
    /// </summary>
    public int Workers { get; set; } = 16;

    /// <summary>
    /// How long a claimed delivery stays leased to this instance; a running handler's lease is renewed, so that only a
    /// process that died loses it. A killed instance's deliveries are claimable again after at most this long. Default 30 s.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long processed deliveries are kept, as dedupe keys against redeliveries. Default 72 h. Dead ones are kept until replayed or purged.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(72);

    /// <summary>How often workers look for due deliveries when nothing wakes them (retries, other instances). Default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most deliveries one transaction stores (group commit). Default 256.</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>
    /// How long a commit waits for more deliveries to share it. Default zero: a commit takes the deliveries that arrived
    /// while the previous one was being written, which under load already fills batches without adding latency.
    /// </summary>
    public TimeSpan GroupCommitWindow { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Inline dedupe: how long a request's claim on a delivery holds while its handler runs. A redelivery meanwhile is
    /// answered 409; after it (the process died), a redelivery is processed. Default 5 min.
    /// </summary>
    public TimeSpan InlineClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a request waits for its delivery to be committed before it answers 503 with <c>Retry-After</c>. Default 10 s.</summary>
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
