using Webhooks.Providers;
using Webhooks.Testing;

namespace Webhooks.Cli.Sending;

/// <summary>Notes about the event a send names: one the provider doesn't document, or one without a fixture of its own.</summary>
internal static class EventNames
{
    public static IEnumerable<string> Notes(ProviderDescriptor provider, string eventType, bool fromData)
    {
        var known = provider.KnownEvents.Count == 0 || provider.KnownEvents.Contains(eventType) || eventType == provider.HandshakeEventType;
        if (!known)
        {
            var nearest = provider.KnownEvents.MinBy(e => Distance(e, eventType));
            var suggestion = nearest is not null && Distance(nearest, eventType) <= Math.Max(2, eventType.Length / 4) ? $" Did you mean {nearest}?" : "";
            yield return $"warning: {eventType} is not an event {provider.Name} documents; sending it anyway.{suggestion}";
        }

        if (!fromData && WebhookFixtures.FixtureEvent(provider.Name, eventType) is var fixture && fixture != eventType)
        {
            yield return $"note: {eventType} has no fixture of its own: it is written as {fixture} is, with its own event type.";
        }
    }

    // Levenshtein distance, for the suggestion.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
