namespace Webhooks.Inbox;

/// <summary>Wakes the workers when deliveries were stored, so that they don't wait for their next poll.</summary>
internal sealed class InboxSignal
{
    private readonly SemaphoreSlim _wakeUp = new(0, 1);

    public void Wake()
    {
        // One pending wake-up is enough: the workers claim everything that is due when they wake.
        if (_wakeUp.CurrentCount == 0)
        {
            try
            {
                _wakeUp.Release();
            }
            catch (SemaphoreFullException)
            {
                // another thread woke them first
            }
        }
    }

    /// <summary>Waits until woken or until <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wakeUp.WaitAsync(timeout, cancellationToken);
}
