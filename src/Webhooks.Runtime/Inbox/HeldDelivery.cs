using Webhooks.Inbox.Storage;

namespace Webhooks.Inbox;

/// <summary>
/// A delivery this instance holds a lease on: claimed, then waiting for a worker, running, and finished until its
/// outcome is recorded. Its lease is renewed all that time.
/// </summary>
internal sealed class HeldDelivery(InboxClaim claim, Guid token)
{
    // Boxed, so that the renewal loop reads it whole while the claim loop replaces it.
    private object _token = token;
    private int _stage;

    public InboxClaim Claim => claim;

    public long Id => claim.Id;

    /// <summary>The claim token the row is held under now; a re-claim of a row still held replaces it.</summary>
    public Guid Token
    {
        get => (Guid)Volatile.Read(ref _token);
        set => Volatile.Write(ref _token, value);
    }

    /// <summary>A worker takes it; <c>false</c> when stopping took it first (to give it back unstarted).</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _stage, Running, Waiting) == Waiting;

    /// <summary>Stopping takes it back; <c>false</c> when a worker took it first.</summary>
    public bool TryTakeBack() => Interlocked.CompareExchange(ref _stage, TakenBack, Waiting) == Waiting;

    /// <summary>Its handler has run and the outcome is on its way to the store: it must not be given back.</summary>
    public void Finish() => Volatile.Write(ref _stage, Finished);

    /// <summary>Its handler is running (or was cancelled before it finished).</summary>
    public bool IsRunning => Volatile.Read(ref _stage) == Running;

    private const int Waiting = 0;
    private const int Running = 1;
    private const int Finished = 2;
    private const int TakenBack = 3;
}
