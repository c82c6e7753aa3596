namespace Webhooks;

/// <summary>
/// A verified delivery whose body can't be read as its handler's payload type: answered with 400 inline; a queued
/// delivery is dead at once (its raw body is kept, so that it replays once a fixed contract is deployed).
/// </summary>
public sealed class WebhookPayloadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WebhookPayloadException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
