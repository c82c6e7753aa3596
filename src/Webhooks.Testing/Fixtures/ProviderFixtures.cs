namespace Webhooks.Testing.Fixtures;

/// <summary>
/// One provider's built-in fixtures: the first is the default event. An event without a fixture of its own borrows
/// the fixture of its family (the longest event type that shares its prefix up to a dot or slash), else the default's,
/// written with its own event type.
/// </summary>
internal sealed class ProviderFixtures(string provider, IReadOnlyList<FixtureTemplate> templates, Func<string, IReadOnlyDictionary<string, string>>? headers = null)
{
    /// <summary>The provider's name.</summary>
    public string Provider { get; } = provider;

    /// <summary>The fixtures, the default first.</summary>
    public IReadOnlyList<FixtureTemplate> Templates { get; } = templates;

    /// <summary>The default event type.</summary>
    public string DefaultEvent => Templates[0].EventType;

    /// <summary>Headers the provider sends beside its signature, for an event type (User-Agent, shop domain, …).</summary>
    public IReadOnlyDictionary<string, string> Headers(string eventType) =>
        headers?.Invoke(eventType) ?? new Dictionary<string, string>();

    /// <summary>The fixture for <paramref name="eventType"/>, and whether it is the event's own.</summary>
    public (FixtureTemplate Template, bool Exact) Find(string eventType)
    {
        FixtureTemplate? family = null;
        var familyLength = 0;
        foreach (var template in Templates)
        {
            if (string.Equals(template.EventType, eventType, StringComparison.Ordinal))
            {
                return (template, true);
            }

            var shared = SharedFamily(template.EventType, eventType);
            if (shared > familyLength)
            {
                (family, familyLength) = (template, shared);
            }
        }

        return (family ?? Templates[0], false);
    }

    // The length of the prefix both share, cut back to a '.', '/' or '_' separator: "invoice.paid" and
    // "invoice.voided" share "invoice"; "charge" and "check" share nothing.
    private static int SharedFamily(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        if (common == a.Length && common == b.Length)
        {
            return common;
        }

        while (common > 0 && !IsSeparator(a, common) && !IsSeparator(b, common))
        {
            common--;
        }

        return common;
    }

    private static bool IsSeparator(string text, int index) => index < text.Length && text[index] is '.' or '/' or '_';
}
