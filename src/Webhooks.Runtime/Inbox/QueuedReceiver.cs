using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Webhooks.Inbox.Storage;
using Webhooks.Pipeline;

namespace Webhooks.Inbox;

/// <summary>What became of a verified delivery handed to the inbox; the endpoint turns it into the HTTP answer.</summary>
internal enum QueuedReceipt
{
    /// <summary>Committed: 200.</summary>
    Stored,

    /// <summary>Stored before (a redelivery): 200, nothing stored.</summary>
    Duplicate,

    /// <summary>No handler of the class takes its event type: 200, nothing stored, as inline.</summary>
    NotHandled,

    /// <summary>The body is not well-formed JSON: 400, nothing stored.</summary>
    Malformed,

    /// <summary>The store failed or didn't answer in time: 503 with <c>Retry-After</c>.</summary>
    Unavailable,
}

/// <summary>
/// The receive stage of a queued provider, in place of the inline dispatch: checks what nothing will check before the
/// answer, then hands the delivery to the group commit and waits for its transaction.
/// </summary>
internal sealed class QueuedReceiver(WebhookHandlerRegistration registration, InboxWriter writer, TimeProvider clock, bool jsonBody)
{
    private readonly string _handler = InboxAttempt.HandlerName(registration);

    /// <summary>Stores the delivery unless it can't or needn't be; with a <see cref="QueuedReceipt.Malformed"/> or <see cref="QueuedReceipt.Unavailable"/> receipt comes why, for the log (never the body).</summary>
    public async Task<(QueuedReceipt Receipt, string? Problem)> AcceptAsync(
        HttpRequest request, string eventType, WebhookDeliveryKey key, DateTimeOffset? signedAt, ReadOnlyMemory<byte> body)
    {
        if (registration.HandlesEvent is { } handles && !handles(eventType))
        {
            return (QueuedReceipt.NotHandled, null);
        }

        // Nothing is deserialized before the answer, so the whole body is checked now: a body that can never be
        // processed is refused while the provider can still be told.
        if (jsonBody)
        {
            try
            {
                JsonValueReader.CheckWellFormed(body.Span, utf8Checked: true);
            }
            catch (JsonException)
            {
                return (QueuedReceipt.Malformed, "the body is not valid JSON.");
            }
        }

        // A provider that sends no delivery id can't be deduplicated; each of its deliveries is its own row.
        var deliveryId = key.IsEmpty ? "generated:" + Guid.NewGuid().ToString("N") : key.ToString();

        // A database text column can't hold these (PostgreSQL refuses NUL), and one bad row would fail its whole batch.
        if (!IsStorableText(deliveryId) || !IsStorableText(eventType))
        {
            return (QueuedReceipt.Malformed, "its delivery id or event type holds a NUL character or invalid UTF-16.");
        }

        var entry = new InboxEntry(
            registration.Provider.Name, deliveryId, _handler, eventType, StoredHeaders.Encode(request.Headers), body.ToArray(),
            signedAt, clock.GetUtcNow(), Activity.Current?.Id);
        try
        {
            return (await writer.StoreAsync(entry).ConfigureAwait(false) ? QueuedReceipt.Stored : QueuedReceipt.Duplicate, null);
        }
        catch (InboxUnavailableException exception)
        {
            return (QueuedReceipt.Unavailable, exception.Message);
        }
    }

    private static bool IsStorableText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (text[i] == '\0' || char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
