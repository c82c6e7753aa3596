using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Webhooks;

/// <summary>What Hookdeck says about a delivery it forwarded, read from its <c>x-hookdeck-*</c> headers.</summary>
/// <param name="EventId">Hookdeck's event id (<c>x-hookdeck-eventid</c>), stable across Hookdeck's retries.</param>
/// <param name="RequestId">The id of the request Hookdeck received from the original sender (<c>x-hookdeck-requestid</c>).</param>
/// <param name="AttemptCount">Which attempt this is, from 1 (<c>x-hookdeck-attempt-count</c>).</param>
/// <param name="AttemptTrigger">What started the attempt, such as <c>INITIAL</c>, <c>AUTOMATIC</c> or <c>MANUAL</c>.</param>
/// <param name="WillRetryAfter">When Hookdeck will retry if this attempt fails, when it says.</param>
/// <param name="Verified">Whether Hookdeck verified the original sender's signature (<c>x-hookdeck-verified</c>).</param>
/// <param name="SourceName">The Hookdeck source the request came in through.</param>
/// <param name="DestinationName">The Hookdeck destination that sent it here.</param>
public sealed record HookdeckDelivery(
    string? EventId,
    string? RequestId,
    int? AttemptCount,
    string? AttemptTrigger,
    string? WillRetryAfter,
    bool? Verified,
    string? SourceName,
    string? DestinationName)
{
    /// <summary>Reads Hookdeck's headers, or returns <c>null</c> when the request didn't come through Hookdeck.</summary>
    public static HookdeckDelivery? From(IHeaderDictionary headers)
    {
        string? Header(string name) => headers.TryGetValue("x-hookdeck-" + name, out var value) && value.Count > 0 ? value.ToString() : null;

        var eventId = Header("eventid");
        var signature = Header("signature");
        if (eventId is null && signature is null)
        {
            return null;
        }

        return new HookdeckDelivery(
            eventId,
            Header("requestid"),
            int.TryParse(Header("attempt-count"), NumberStyles.None, CultureInfo.InvariantCulture, out var attempt) ? attempt : null,
            Header("attempt-trigger"),
            Header("will-retry-after"),
            bool.TryParse(Header("verified"), out var verified) ? verified : null,
            Header("source-name"),
            Header("destination-name"));
    }
}
